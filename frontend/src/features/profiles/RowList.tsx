import { useRef, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  items: T[];
  max: number;
  /** "Add an offer". */
  addLabel: string;
  /** "Remove offer 2". */
  removeLabel(index: number): string;
  newItem(): T;
  onChange(items: T[]): void;
  /** The inputs of one row; `autoFocus` is true for a row just added. */
  renderRow(item: T, index: number, autoFocus: boolean): ReactNode;
}

/**
 * A list of similar rows (offers, links, programmes) with add and remove. A new row takes the
 * focus; after a removal the focus goes to the add button, never lost.
 */
export function RowList<T>({ items, max, addLabel, removeLabel, newItem, onChange, renderRow }: Props<T>) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const full = items.length >= max;

  return (
    <Stack spacing={1.5}>
      {items.map((item, index) => (
        <Box
          // Rows have no identity of their own: the position is what the user sees and edits.
          key={index}
          sx={{
            display: 'flex',
            gap: 1,
            alignItems: 'flex-start',
            p: { xs: 1.5, sm: 2 },
            border: 1,
            borderColor: 'divider',
            borderRadius: 2,
            bgcolor: 'background.paper',
          }}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>{renderRow(item, index, added === index)}</Box>
          <IconButton
            aria-label={removeLabel(index)}
            onClick={() => {
              setAdded(null);
              onChange(items.filter((_, i) => i !== index));
              // After the re-render: a full list's add button is enabled again only then.
              window.setTimeout(() => addButton.current?.focus(), 0);
            }}
            sx={{ mt: 0.5 }}
          >
            <DeleteOutlined />
          </IconButton>
        </Box>
      ))}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Button
          ref={addButton}
          variant="outlined"
          startIcon={<Add />}
          disabled={full}
          onClick={() => {
            setAdded(items.length);
            onChange([...items, newItem()]);
          }}
        >
          {addLabel}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {t('profileForm.rows.count', { count: items.length, max })}
        </Typography>
      </Box>
    </Stack>
  );
}
