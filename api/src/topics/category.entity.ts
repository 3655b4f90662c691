import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export class Category {
  [OptionalProps]?: 'description' | 'position';
  id!: number;
  slug!: string;
  name!: string;
  description = '';
  position = 0;
}

export const CategorySchema = new EntitySchema<Category>({
  class: Category,
  tableName: 'category',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    slug: { type: 'string', length: 60, unique: true },
    name: { type: 'string', length: 80 },
    description: { type: 'string', length: 500, default: '' },
    position: { type: 'integer', default: 0 },
  },
});
