// Style imports are handled by webpack; TypeScript only needs to know they exist.
declare module '*.scss';
declare module '*.css';
