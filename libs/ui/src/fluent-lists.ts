// The Fluent UI v9 parts for tables, dialogs, form fields and cards (Card brings tabster: ~20 kB
// gzipped with it), exported by `@pbc/ui/lists`, a shared singleton of its own fetched when a page
// first shows one of them. The first-screen parts: fluent.ts.
export {
  Card,
  CardHeader,
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
