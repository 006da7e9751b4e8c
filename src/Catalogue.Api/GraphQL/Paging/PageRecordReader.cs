using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Catalogue.Domain.Model;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// Turns a page's stored documents into records. The data dictionary is more than half of a typical document,
/// so when the operation selects no field that reads it, documents are read without it (skipped by the parser,
/// never materialised): a page of 50 then parses about half as much. Stored summaries are read by
/// <see cref="SummaryRecordReader"/>.
/// </summary>
public static class PageRecordReader
{
    /// <summary>Dataset fields whose resolvers read <see cref="DatasetRecord.DataDictionary"/>.</summary>
    private static readonly HashSet<string> DictionaryFields = ["dataDictionary", "variables", "quality", "validationReport"];

    private static readonly JsonTypeInfo<DatasetRecord> WithoutDictionary = Reader(info =>
    {
        if (info.Type != typeof(DatasetRecord)) return;
        info.Properties.Remove(info.Properties.Single(p => p.Name == "dataDictionary"));
        // The stored documents do carry the member; only this reader may ignore it.
        info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
    });

    /// <summary>The record's source-generated contract with <paramref name="modify"/> applied.</summary>
    private static JsonTypeInfo<DatasetRecord> Reader(Action<JsonTypeInfo> modify) =>
        (JsonTypeInfo<DatasetRecord>)new JsonSerializerOptions(RecordJson.Context.Options)
        {
            TypeInfoResolver = RecordJsonContext.Default.WithAddedModifier(modify),
        }.GetTypeInfo(typeof(DatasetRecord));

    public static DatasetRecord Read(string json, bool withDictionary) => withDictionary
        ? RecordJson.Deserialize(json)
        : JsonSerializer.Deserialize(json, WithoutDictionary) ?? throw new JsonException("Empty record.");

    /// <summary>What a connection reads for its page, from the cheapest that answers the operation.</summary>
    public static PageReading SourceFor(ResolveInfo info) =>
        NeedsDictionary(info) ? new PageReading(PageSource.Full)
        : SummarySelection.Members(info) is { } members
            ? new PageReading(PageSource.Summary, SummaryReaders.For(members), members.PublisherDocuments)
        : new PageReading(PageSource.WithoutDictionary);

    /// <summary>
    /// Whether any field of the operation (fragments included) is one that reads the dictionary. Field names,
    /// not types, are checked, so a same-named field of another type only costs the full parse.
    /// </summary>
    public static bool NeedsDictionary(ResolveInfo info) =>
        Mentions(info.Operation.SelectionSet) || info.Fragments.Values.Any(f => Mentions(f.SelectionSet));

    private static bool Mentions(SelectionSetNode? set) => set is not null && set.Selections.Any(s => s switch
    {
        FieldNode f => DictionaryFields.Contains(f.Name.Value) || Mentions(f.SelectionSet),
        InlineFragmentNode i => Mentions(i.SelectionSet),
        _ => false,
    });
}

/// <summary>Stored listing summaries, documents read without their data dictionary, or whole documents.</summary>
public enum PageSource { Summary, WithoutDictionary, Full }

/// <summary>
/// Where a page is read from and, for summaries, the reader of the members the operation selects;
/// <paramref name="PublisherDocuments"/>: whether each row's publisher document comes along (see
/// <see cref="Loaders.PagePublishers"/>).
/// </summary>
public sealed record PageReading(PageSource Source, SummaryRecordReader? SummaryReader = null, bool PublisherDocuments = true)
{
    public static readonly PageReading Full = new(PageSource.Full);
}
