// Shared styles of the pane (Griffel via Fluent UI).
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    // clip, not hidden: hidden makes <main> a scroll container and the sticky action bar would not stick
    overflowX: 'clip',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  mappingGrid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6em, auto) 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  missingLabel: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
  },
  findingButton: {
    width: '100%',
    display: 'grid',
    gridTemplateColumns: 'auto 3.5em 1fr',
    justifyItems: 'start',
    textAlign: 'left',
    alignItems: 'start',
    fontWeight: tokens.fontWeightRegular,
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  findingWhere: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  fill: {
    width: '100%',
    minWidth: 0,
    maxWidth: '100%',
  },
  runBar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  /** a section scrolled into view lands below the sticky action bar */
  belowBar: {
    scrollMarginTop: '7em',
  },
  /** a finding on the cell selected in the sheet */
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
  },
  totalsTable: {
    borderCollapse: 'collapse',
    width: '100%',
    '& td, & th': {
      textAlign: 'left',
      paddingTop: '2px',
      paddingBottom: '2px',
      paddingRight: tokens.spacingHorizontalS,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  num: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
  },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  hiddenInput: {
    display: 'none',
  },
});
