// The Fluent UI v9 parts of the first screen (provider, layout, text, buttons, message bars,
// spinner, badges, links, the language select). Everything imports Fluent through @pbc/ui,
// a shared singleton, so the page holds one tree-shaken copy of Fluent instead of the whole
// package. Tables, dialogs and form fields: fluent-lists.ts, behind `@pbc/ui/lists`.
export {
  Badge,
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
export type {
  BadgeProps,
  ButtonProps,
} from '@fluentui/react-components';
