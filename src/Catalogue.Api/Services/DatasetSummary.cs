using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Catalogue.Api.Infrastructure;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

/// <summary>
/// The compact representation listings and searches serve by default: what a catalogue front end or a harvester
/// lists (identity, language-tagged title and description, status, access, publisher, classification, dates,
/// DOI, quality, and the distributions without their checksums, descriptions or the data dictionary), with a
/// link to the full record. It is computed once per write (<see cref="DatasetProjection.Apply"/>) and stored as
/// UTF-8 in <c>dataset_summaries</c>, so a page is the stored bytes copied into the response.
/// </summary>
public static class DatasetSummary
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The same escaping as the stored documents (RecordJson): French text stays readable UTF-8.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The summary JSON of <paramref name="r"/>; <paramref name="publisher"/> gives the publisher's name and acronym.</summary>
    public static byte[] Build(DatasetRecord r, Organization? publisher, int qualityScore)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("slug", r.Slug);
            w.WriteString("identifier", r.Identifier);
            if (r.Doi is not null) w.WriteString("doi", r.Doi);
            w.WriteString("status", r.Status.ToString());
            w.WriteNumber("revision", r.Revision);
            Text(w, "title", r.Title);
            Text(w, "description", r.Description);
            w.WriteString("accessRights", r.AccessRights.ToString());
            w.WriteString("organizationId", r.OrganizationId);
            w.WriteStartObject("publisher");
            w.WriteString("id", r.OrganizationId);
            if (publisher is not null)
            {
                w.WriteString("name", publisher.Name);
                if (publisher.Acronym is not null) w.WriteString("acronym", publisher.Acronym);
            }
            w.WriteEndObject();
            w.WriteStartObject("keywords");
            foreach (var (lang, words) in r.Keywords)
            {
                w.WriteStartArray(lang);
                foreach (var k in words) w.WriteStringValue(k);
                w.WriteEndArray();
            }
            w.WriteEndObject();
            Strings(w, "themes", r.Themes);
            Strings(w, "healthCategories", r.HealthCategories);
            Strings(w, "licenses", r.Licenses);
            if (r.Issued is { } issued) w.WriteString("issued", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("modifiedAt", r.ModifiedAt);
            w.WriteNumber("qualityScore", qualityScore);
            w.WriteBoolean("hasStructuredData", r.HasStructuredData);
            w.WriteStartArray("distributions");
            foreach (var d in r.Distributions)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                Text(w, "title", d.Title);
                if (d.Format is not null) w.WriteString("format", d.Format);
                if (d.MediaType is not null) w.WriteString("mediaType", d.MediaType);
                w.WriteString("accessUrl", d.AccessUrl);
                if (d.DownloadUrl is not null) w.WriteString("downloadUrl", d.DownloadUrl);
                if (d.ByteSize is { } size) w.WriteNumber("byteSize", size);
                w.WriteString("role", d.Role.ToString());
                w.WriteBoolean("isRemote", d.IsRemote);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("links");
            w.WriteString("self", "/api/v1/datasets/" + r.Id.ToString());
            w.WriteString("quality", "/api/v1/datasets/" + r.Id.ToString() + "/quality");
            w.WriteString("revisions", "/api/v1/datasets/" + r.Id.ToString() + "/revisions");
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Text(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        foreach (var (lang, value) in text) w.WriteString(lang, value);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, List<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>
    /// Computes the summaries that are missing: records stored before the summaries existed (run at start-up)
    /// and the records of an organisation whose name or acronym changed (their summaries are removed with the
    /// change). A summary is inserted only if the record is still at the revision read and still has none, so a
    /// concurrent write, which stores its own summary, is never overwritten. Returns the number of rows filled.
    /// </summary>
    public static async Task<int> BackfillAsync(CatalogueDbContext db, Guid? organizationId, CancellationToken ct, int batchSize = 500)
    {
        var filled = 0;
        var lastKey = -1L;
        var documents = new FromDocuments(db);
        while (true)
        {
            var q = db.Datasets.AsNoTracking().Where(d => d.Summary == null && d.SearchKey > lastKey);
            if (organizationId is { } org) q = q.Where(d => d.OrganizationId == org);
            var rows = await q.OrderBy(d => d.SearchKey)
                .Select(d => new { d.SearchKey, d.Revision, d.OrganizationId, d.QualityScore, d.Document })
                .Take(batchSize).ToListAsync(ct);
            if (rows.Count == 0) return filled;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var json = await documents.BuildAsync(row.Document, row.OrganizationId, row.QualityScore, ct);
                var (key, revision) = (row.SearchKey, row.Revision);
                filled += await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO dataset_summaries ("SearchKey", "Json") SELECT {key}, {json}
                    WHERE EXISTS (SELECT 1 FROM datasets WHERE "SearchKey" = {key} AND "Revision" = {revision})
                    AND NOT EXISTS (SELECT 1 FROM dataset_summaries WHERE "SearchKey" = {key})
                    """, ct);
            }
            await tx.CommitAsync(ct);
            lastKey = rows[^1].SearchKey;
        }
    }

    /// <summary>Summaries of stored documents (rows that have none yet), reading each publisher once.</summary>
    public sealed class FromDocuments(CatalogueDbContext db)
    {
        private readonly Dictionary<Guid, Organization?> _publishers = new();

        public async Task<byte[]> BuildAsync(string document, Guid organizationId, int qualityScore, CancellationToken ct)
        {
            if (!_publishers.TryGetValue(organizationId, out var publisher))
            {
                var doc = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Document).FirstOrDefaultAsync(ct);
                _publishers[organizationId] = publisher = doc is null ? null : JsonSerializer.Deserialize(doc, RecordJsonContext.Default.Organization);
            }
            return Build(RecordJson.Deserialize(document), publisher, qualityScore);
        }
    }
}
