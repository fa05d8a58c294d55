export { fenToCapital } from './capital';
export { formatYuan, fenToWan, fenToYuanNumber } from './format';
