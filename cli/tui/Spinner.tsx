import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { tint } from './theme';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A turning mark before a label, so a wait for the model reads as work, not as a hang. */
export function Spinner({ label }: { label: string }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 100);
    return () => clearInterval(timer);
  }, []);
  return (
    <Text>
      <Text color={tint('cyan')}>{FRAMES[frame]}</Text>
      {` ${label}`}
    </Text>
  );
}
