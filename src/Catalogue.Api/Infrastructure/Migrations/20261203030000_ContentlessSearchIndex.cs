using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// SQLite: the FTS5 table no longer keeps its own copy of each record's search text (contentless, with
/// <c>contentless_delete</c> so that an update or a deletion still removes a record's old entry). Nothing reads the
/// text back from it — searches read rowids only, and the text is the datasets' SearchText column — but the copy
/// was a rowid table keyed by the search key, a hash: every batch of a bulk import rewrote ~500 random pages of it
/// (at 50,000 records, 0.6 GB of WAL out of 1 GB for the whole search index in a simulation). The index is rebuilt
/// from SearchText. PostgreSQL searches the column itself: nothing to do.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261203030000_ContentlessSearchIndex")]
public sealed class ContentlessSearchIndex : Migration
{
    private const string Tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";

    protected override void Up(MigrationBuilder m) =>
        Rebuild(m, $"fts5(content, {Tokenizer}, content = '', contentless_delete = 1)");

    protected override void Down(MigrationBuilder m) => Rebuild(m, $"fts5(content, {Tokenizer})");

    private static void Rebuild(MigrationBuilder m, string module)
    {
        if (m.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite") return;
        m.Sql($"""
            DROP TABLE dataset_search;
            CREATE VIRTUAL TABLE dataset_search USING {module};
            INSERT INTO dataset_search(rowid, content) SELECT "SearchKey", "SearchText" FROM datasets;
            """);
    }
}
