// The Fluent UI v9 parts for dialogs, form fields and cards (Card brings tabster: ~20 kB gzipped
// with it), exported by `@pbc/ui/lists`, a shared singleton of its own fetched when a page first
// shows one of them. Tables are built with `DataTable` only. The first-screen parts: fluent.ts.
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
  Textarea,
} from '@fluentui/react-components';
