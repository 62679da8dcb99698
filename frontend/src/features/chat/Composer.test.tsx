import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from './Composer';

function setup() {
  const onSend = vi.fn();
  render(<Composer onSend={onSend} />);
  const box = screen.getByRole('textbox', { name: 'Message' });
  return { onSend, box };
}

describe('Composer', () => {
  it('Enter sends the message and empties the field', async () => {
    const { onSend, box } = setup();
    const user = userEvent.setup();
    await user.type(box, 'Hello there{Enter}');
    expect(onSend).toHaveBeenCalledExactlyOnceWith('Hello there');
    expect(box).toHaveValue('');
  });

  it('Shift+Enter starts a new line instead of sending', async () => {
    const { onSend, box } = setup();
    const user = userEvent.setup();
    await user.type(box, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('line one\nline two');
    await user.type(box, '{Enter}');
    expect(onSend).toHaveBeenCalledExactlyOnceWith('line one\nline two');
  });

  it('Enter while a Japanese IME is composing confirms the conversion and does not send', () => {
    const { onSend, box } = setup();
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'こんにちは' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.compositionEnd(box);

    // Browsers that report composition only on the event itself.
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();

    // After the conversion, Enter sends.
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    expect(onSend).toHaveBeenCalledExactlyOnceWith('こんにちは');
  });

  it('does not send blank messages, and counts characters near the limit', async () => {
    const { onSend, box } = setup();
    const user = userEvent.setup();
    await user.type(box, '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();

    fireEvent.change(box, { target: { value: 'あ'.repeat(3700) } });
    expect(screen.getByText('3700 / 4000')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'あ'.repeat(4001) } });
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });
});
