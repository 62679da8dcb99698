import TextField, { type TextFieldProps } from '@mui/material/TextField';

export interface SelectOption {
  value: string;
  label: string;
}

type Props = Omit<TextFieldProps, 'select' | 'onChange' | 'value' | 'children'> & {
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** The first, empty choice ("Choose…" or "Any"); leave out to force a choice. */
  placeholder?: string;
};

/**
 * A native select in MUI's outline: the phone's own picker on mobile, a plain listbox for screen
 * readers, and `selectOptions` in tests.
 */
export function SelectField({ value, options, onChange, placeholder, slotProps, ...props }: Props) {
  return (
    <TextField
      {...props}
      select
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ ...slotProps, select: { native: true }, inputLabel: { shrink: true } }}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
