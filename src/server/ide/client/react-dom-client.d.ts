// Just enough typing for main.ts: @types/react-dom is not installed in this project
// (react-dom itself is, as a GraphiQL peer dependency).
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }

  export function createRoot(container: Element | DocumentFragment): Root;
}
