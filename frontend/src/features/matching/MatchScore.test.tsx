import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { MatchScore } from './MatchScore';

describe('MatchScore', () => {
  it('tells the strength in words with a bar filled to the calibrated percent', () => {
    render(<MatchScore strength={{ level: 'strong', percent: 84 }} />);
    const meter = screen.getByRole('meter', { name: 'Match strength' });
    expect(meter).toHaveAttribute('aria-valuenow', '84');
    expect(meter).toHaveAttribute('aria-valuetext', 'Strong match');
    expect(meter).toHaveTextContent('Strong match');
    expect(screen.getByTestId('match-bar')).toHaveStyle({ width: '84%' });
    // Members never see the engine's raw score (best partners are 5–20 of 100).
    expect(screen.queryByText(/Engine score/)).toBeNull();
  });

  it('reads good and fair matches in words too, in Japanese as well', async () => {
    const { rerender } = render(<MatchScore strength={{ level: 'good', percent: 55 }} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', 'Good match');
    rerender(<MatchScore strength={{ level: 'fair', percent: 30 }} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', 'Worth a look');
    await i18n.changeLanguage('ja');
    rerender(<MatchScore strength={{ level: 'strong', percent: 90 }} />);
    expect(screen.getByRole('meter', { name: '相性' })).toHaveAttribute('aria-valuetext', '相性◎');
    rerender(<MatchScore strength={{ level: 'good', percent: 60 }} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '相性○');
    rerender(<MatchScore strength={{ level: 'fair', percent: 20 }} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '注目');
  });

  it("shows organisers the engine's raw score, labelled, beside the strength", () => {
    render(<MatchScore strength={{ level: 'good', percent: 58 }} rawScore={7} />);
    expect(screen.getByText('Engine score 7')).toBeInTheDocument();
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', 'Good match');
  });
});
