import { EntitySchema } from '@mikro-orm/core';

export class Tag {
  id!: number;
  name!: string;
}

export const TagSchema = new EntitySchema<Tag>({
  class: Tag,
  tableName: 'tag',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 40, unique: true },
  },
});
