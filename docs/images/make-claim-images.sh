#!/bin/sh
# Renders each claim sheet of the demo through LibreOffice into docs/images/claim-*.png.
# Needs: npm run build:cli (or tsc -p tsconfig.cli.json), soffice, pdftoppm, fonts-noto-cjk. 宋体/黑体 are mapped to Noto Serif/Sans CJK
# for this rendering only (a private fontconfig file); the workbook itself keeps 宋体/黑体.
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="strong"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="strong"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML
# the same as: roster-check assemble examples/roster-sample.xlsx --info examples/claim-info.json ...
node -e '
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
require("./dist/cli/cli/assemble.js")
  .runAssemble(["examples/roster-sample.xlsx", "--info", "examples/claim-info.json", "--catalog", "examples/catalog-sample.csv",
    "--date", "2021-04-26", "--out", process.argv[1]], io)
  .then((code) => { process.exitCode = code; });
' "$work/CLAIM.xlsx"
# one workbook per sheet, so each PDF holds one sheet
node -e '
const ExcelJS = require("exceljs");
const [file, dir] = process.argv.slice(1);
const names = { summary: "拨付资金汇总表", approval: "资金审批表", notice: "公示名单", archive: "归档清单" };
(async () => {
  for (const [key, name] of Object.entries(names)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const ws of [...wb.worksheets]) if (ws.name !== name) wb.removeWorksheet(ws.id);
    await wb.xlsx.writeFile(`${dir}/claim-${key}.xlsx`);
  }
})();
' "$work/CLAIM.xlsx" "$work"
for key in summary approval notice archive; do
  FONTCONFIG_FILE="$work/fonts.conf" soffice "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to pdf --outdir "$work" "$work/claim-$key.xlsx" >/dev/null 2>&1
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/claim-$key.pdf" "docs/images/claim-$key"
done
# the summary's last page: the rows left out of the claim (未纳入)
last=$(pdfinfo "$work/claim-summary.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -png -r 80 -f "$last" -l "$last" -singlefile "$work/claim-summary.pdf" docs/images/claim-summary-excluded
ls -l docs/images/claim-*.png
