export interface Page<T> {
  items: T[];
  total: number;
}

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;
