import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageText, splitLinks } from './MessageText';

describe('MessageText', () => {
  it('renders markup as text, never as HTML', () => {
    const { container } = render(
      <p>
        <MessageText text={'<img src=x onerror=alert(1)> <b>bold</b>'} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('makes http(s) URLs links that open safely in a new tab', () => {
    render(
      <p>
        <MessageText text="Deck: https://example.com/deck?x=1, and http://yokohama.example。" />
      </p>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/deck?x=1',
      'http://yokohama.example/',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
      expect(link).toHaveAttribute('target', '_blank');
    }
  });

  it('leaves other schemes as plain text', () => {
    const text = 'javascript:alert(1) data:text/html,<script>alert(1)</script> ftp://files.example mailto:a@b.example';
    const { container } = render(
      <p>
        <MessageText text={text} />
      </p>,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container).toHaveTextContent(text);
    expect(splitLinks(text).every((part) => part.type === 'text')).toBe(true);
  });

  it('does not link a javascript: URL hidden behind http in the text', () => {
    const parts = splitLinks('see javascript:alert("https://x.example")');
    const links = parts.filter((p) => p.type === 'link');
    expect(links.every((p) => p.type === 'link' && /^https?:\/\//.test(p.href))).toBe(true);
  });
});
