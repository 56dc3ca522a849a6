// The Fluent UI v9 parts for tables, dialogs and form fields, exported by `@pbc/ui/lists` (a shared
// singleton of its own, fetched when a page first shows one). The first-screen parts: fluent.ts.
export {
  Checkbox,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@fluentui/react-components';
