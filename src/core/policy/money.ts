// Short yuan text for rate explanations and messages ("1800", "1800.50"); see ../money for printed forms.

/** 180000 → "1800", 180050 → "1800.50", -30000 → "-300". */
export function yuanText(fen: number): string {
  const neg = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const text = cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`;
  return neg ? `-${text}` : text;
}
