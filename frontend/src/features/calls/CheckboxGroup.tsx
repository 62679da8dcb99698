import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';

interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  value: T[];
  labelOf(option: T): string;
  onChange(next: T[]): void;
  helperText?: string;
  error?: string;
}

/** A labelled group of checkboxes for a set of values (offers, kinds, areas). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  labelOf,
  onChange,
  helperText,
  error,
}: Props<T>) {
  const toggle = (option: T, checked: boolean) =>
    onChange(checked ? options.filter((o) => o === option || value.includes(o)) : value.filter((v) => v !== option));
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup row>
        {options.map((option) => (
          <FormControlLabel
            key={option}
            control={<Checkbox checked={value.includes(option)} onChange={(e) => toggle(option, e.target.checked)} />}
            label={labelOf(option)}
          />
        ))}
      </FormGroup>
      {error || helperText ? <FormHelperText>{error ?? helperText}</FormHelperText> : null}
    </FormControl>
  );
}
