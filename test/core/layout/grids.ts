// Realistic roster grids for the layout tests.
import type { Grid } from '../../../src/core/types';
import { gridOf } from '../../helpers/grid';

export const IDS = ['410102199003071230', '41010219851112002X', '410105199506060016', '410102200001010010'];

export function person(i: number): [string, string] {
  return [`学员${i}`, IDS[i % IDS.length]];
}

/** Title + institution line + header at row 3, 4 trainees, a 合计 row and a footer. */
export function zhengzhouRoster(): Grid {
  return gridOf([
    ['2021年郑州市职业技能培训补贴人员花名册', null, null, null, null, null, null, null, null, null],
    ['培训机构：郑州市某职业培训学校    班级批次：2021-03', null, null, null, null, null, null, null, null, null],
    [
      '序号',
      '姓名',
      '性别',
      '身份证号码',
      '职业（工种）',
      '证书类型',
      '等级',
      '培训起止时间',
      '课时',
      '补贴标准（元）',
    ],
    [1, '张三', '男', IDS[0], '电工', '职业技能等级证书', '初级工', '2021.03.01-2021.03.20', 80, 1800],
    [2, '李四', '女', IDS[1], '电工', '职业技能等级证书', '初级工', '2021.03.01-2021.03.20', 80, 1800],
    [null, null, null, null, null, null, null, null, null, null],
    [3, '王五', '男', IDS[2], '焊工', '培训合格证', null, '2021.03.01-2021.03.20', '80课时', '1,000.00'],
    [null, '赵六', '男', IDS[3], '焊工', '培训合格证', null, '2021.03.01-2021.03.20', 80, 1000],
    ['合计', null, null, null, null, null, null, null, null, 5600],
    ['制表人：王某', null, null, '审核人：李某', null, null, null, '填表日期：2021年3月25日', null, null],
  ]);
}
