// The conversation outlives the page: its id is kept per shop in localStorage (so it resumes after
// a reload or on the next visit) and whether the panel was open in sessionStorage (so navigating
// within the shop keeps it open). Storage can be unavailable (privacy modes): then nothing persists.

const CONVERSATION = 'aisle:conversation';
const OPEN = 'aisle:open';

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value == null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Storage full or disabled: the conversation just won't resume.
  }
}

export function createChatStorage(shop: string) {
  const local = () => localStorage;
  const session = () => sessionStorage;
  return {
    conversationId(): string | null {
      const raw = read(local, CONVERSATION);
      if (!raw) return null;
      try {
        const saved = JSON.parse(raw) as { shop?: string; id?: string };
        return saved.shop === shop && typeof saved.id === 'string' ? saved.id : null;
      } catch {
        return null;
      }
    },
    setConversationId(id: string | null): void {
      write(local, CONVERSATION, id ? JSON.stringify({ shop, id }) : null);
    },
    wasOpen: (): boolean => read(session, OPEN) === '1',
    setOpen: (open: boolean): void => write(session, OPEN, open ? '1' : null),
  };
}
