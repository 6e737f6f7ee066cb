/** Line icons drawn inline (24×24, stroke = text colour): no icon font, no external asset, no emoji font needed. */
const PATHS: Record<string, string> = {
  play: 'M7 5l12 7-12 7z',
  stop: 'M6 6h12v12H6z',
  flag: 'M5 21V4m0 0h11l-2 4 2 4H5',
  terminal: 'M4 6l6 6-6 6M12 18h8',
  variable: 'M5 8h4M7 6v4M4 15h16M4 19h16',
  decision: 'M12 3l9 9-9 9-9-9z',
  switch: 'M4 12h6m0 0l10-6m-10 6h10m-10 0l10 6',
  fork: 'M6 4v6a4 4 0 004 4h4a4 4 0 014 4v2M6 10v10M18 4v2',
  join: 'M6 4v4a4 4 0 004 4h4a4 4 0 004-4V4M12 12v8',
  hourglass: 'M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9',
  'calendar-clock': 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M12 13v3l2 1',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  repeat: 'M4 12a8 8 0 0114-5l2 2M20 12a8 8 0 01-14 5l-2-2M20 4v5h-5M4 20v-5h5',
  clock: 'M12 3a9 9 0 110 18 9 9 0 010-18zM12 7v5l3 2',
  bolt: 'M13 2L4 14h7l-1 8 9-12h-7z',
  box: 'M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10',
  task: 'M5 12l4 4 10-10',
  approve: 'M5 12l4 4 10-10',
  user: 'M12 12a4 4 0 100-8 4 4 0 000 8zM4 21a8 8 0 0116 0',
  mail: 'M3 6h18v12H3zM3 6l9 7 9-7',
  bell: 'M6 17V11a6 6 0 0112 0v6l2 2H4zM10 21h4',
  document: 'M6 3h9l4 4v14H6zM14 3v5h5M9 13h7M9 17h7',
  search: 'M11 4a7 7 0 110 14 7 7 0 010-14zM20 20l-4-4',
  inspect: 'M11 4a7 7 0 110 14 7 7 0 010-14zM20 20l-4-4M8 11h6',
  chart: 'M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-3',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 000 12h3',
  plus: 'M12 5v14M5 12h14',
  layout: 'M3 5h6v5H3zM15 5h6v5h-6zM9 14h6v5H9zM6 10v2h12v-2M12 12v2',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  table: 'M3 5h18v14H3zM3 10h18M3 15h18M9 5v14',
  diagram: 'M3 4h6v5H3zM15 15h6v5h-6zM6 9v4a3 3 0 003 3h6',
  history: 'M4 12a8 8 0 108-8 8 8 0 00-6 3M4 4v4h4M12 8v4l3 2',
  download: 'M12 4v11m0 0l-4-4m4 4l4-4M4 20h16',
  upload: 'M12 20V9m0 0l-4 4m4-4l4 4M4 4h16',
  image: 'M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15 9h.01',
  close: 'M6 6l12 12M18 6L6 18',
  command: 'M9 6a3 3 0 10-3 3h12a3 3 0 10-3-3v12a3 3 0 103-3H6a3 3 0 103 3z',
  timeline: 'M4 12h16M7 8v8M12 6v12M17 9v6',
  magnet: 'M6 4v8a6 6 0 0012 0V4M6 8h4M14 8h4M10 4v8a2 2 0 004 0V4',
  map: 'M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2zM9 4v14M15 6v14',
  // The icons activities name (ActivityType's Icon) beyond those above.
  'badge-check': 'M12 3l2.5 2 3-.5.5 3 2 2.5-2 2.5-.5 3-3-.5L12 21l-2.5-2-3 .5-.5-3-2-2.5 2-2.5.5-3 3 .5zM8.5 12l2.5 2.5 4.5-4.5',
  'chart-bar': 'M4 20h16M7 20v-6M12 20V8M17 20V11',
  'clipboard-list': 'M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M9 11h6M9 15h6',
  'file-text': 'M6 3h9l4 4v14H6zM14 3v5h5M9 9h2M9 13h7M9 17h7',
  megaphone: 'M4 10v4h3l10 5V5L7 10zM7 14l1.5 6h3L10 15M20 10v4',
  send: 'M3 11l18-8-8 18-2-8zM11 13l10-10',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  'user-check': 'M10 12a4 4 0 100-8 4 4 0 000 8zM3 21a7 7 0 0114 0M16 11l2 2 4-4',
  users: 'M9 12a4 4 0 100-8 4 4 0 000 8zM2 21a7 7 0 0114 0M16 4a4 4 0 010 8M18 14a6 6 0 014 7',
  wrench: 'M15 4a5 5 0 00-5 6l-6 6v4h4l6-6a5 5 0 006-5l-3 3-3-1-1-3z',
};

export function Icon({ name, size = 16, className }: { name: string; size?: number; className?: string }) {
  const d = PATHS[name] ?? PATHS.box;
  return (
    <svg className={`icon ${className ?? ''}`} width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor"
      strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

export const hasIcon = (name: string | undefined) => !!name && name in PATHS;
