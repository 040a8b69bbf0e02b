import { useRef } from 'react';

/**
 * A button that opens the file chooser for one JSON file and hands the file over. The input is
 * reset after each pick, so choosing the same file again (after fixing it) still counts.
 */
export function JsonFilePicker({ label, testId, onFile }: { label: string; testId: string; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
