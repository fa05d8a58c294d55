// Shared styles of the pane (Griffel via Fluent UI).
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: {
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
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  findingWhere: {
    flexShrink: 0,
    minWidth: '3.5em',
    fontFamily: tokens.fontFamilyMonospace,
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
  hiddenInput: {
    display: 'none',
  },
});
