import { Migration } from '@mikro-orm/migrations';
import { renderMarkdown } from '../../markdown/render.js';

/**
 * Posts are rendered when written. Those with markdown images were rendered when remote images
 * were still shown inline (hot-linked from every reader's browser): render them again, so remote
 * images become links in old posts too.
 */
export class Migration20261130050000RerenderImages extends Migration {
  override async up(): Promise<void> {
    for (const table of ['topic', 'answer']) {
      const rows = (await this.execute(`select id, body from ${table} where body like '%![%'`)) as Array<{ id: number; body: string }>;
      for (const row of rows) await this.execute(`update ${table} set body_html = ? where id = ?`, [renderMarkdown(row.body), row.id]);
    }
  }
}
