using System.Runtime.CompilerServices;
using System.Text.Json;
using Catalogue.Domain.Model;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// Reads a stored listing summary (<c>Services.DatasetSummary.Build</c> writes it) into a partial record with one
/// forward pass of a <see cref="Utf8JsonReader"/>, filling only the members a page's fields read and skipping the
/// rest (the description, most of the bytes, is never turned into strings). Hand-written rather than a pruned
/// serializer contract: the serializer's generic object and collection converters cost about four times as
/// much per summary, and a page reads fifty of them per request.
/// Records and distributions are created without their initializers, as the serializer-based reader did: a member
/// left unread stays null, so a resolver reading one <see cref="SummarySelection"/> did not declare fails loudly
/// instead of answering an empty value.
/// </summary>
public sealed class SummaryRecordReader
{
    /// <summary>Record members (JSON names) this reader understands: every one <see cref="SummarySelection"/> may ask for.</summary>
    public static readonly IReadOnlySet<string> DatasetMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "slug", "identifier", "doi", "status", "revision", "modifiedAt", "title", "description", "keywords",
        "organizationId", "licenses", "accessRights", "themes", "healthCategories", "distributions", "publisher",
    };

    /// <summary>Distribution members (JSON names) this reader understands.</summary>
    public static readonly IReadOnlySet<string> DistributionMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "format", "mediaType", "accessUrl", "downloadUrl", "byteSize", "role", "isRemote",
    };

    private readonly DatasetFlags _dataset;
    private readonly DistributionFlags _distribution;
    private readonly DecodedSummaryCache? _decoded;

    /// <param name="decoded">Where records this reader decoded are kept for later pages (see <see cref="SummaryReaders"/>).</param>
    public SummaryRecordReader(SummaryMembers members, DecodedSummaryCache? decoded = null)
    {
        _decoded = decoded;
        foreach (var name in members.Dataset) _dataset |= DatasetFlag(name);
        foreach (var name in members.Distribution) _distribution |= DistributionFlag(name);
    }

    /// <summary>Whether <see cref="Read(ReadOnlySpan{byte}, out Organization?)"/> gives the publisher (the page asked for no more of it than the summary carries).</summary>
    public bool ReadsPublisher => (_dataset & DatasetFlags.Publisher) != 0;

    public DatasetRecord Read(ReadOnlySpan<byte> summary) => Read(summary, out _);

    /// <summary>The summary of the row <paramref name="key"/> (its SearchKey), decoded once per distinct stored bytes.</summary>
    public DatasetRecord Read(long key, ReadOnlySpan<byte> summary, out Organization? publisher)
    {
        if (_decoded is null) return Read(summary, out publisher);
        if (_decoded.TryGet(key, summary, out var record, out publisher)) return record;
        record = Read(summary, out publisher);
        _decoded.Add(key, summary.ToArray(), record, publisher);
        return record;
    }

    /// <summary>
    /// The record, and its publisher as the summary names it (id, name, acronym) when <see cref="ReadsPublisher"/>:
    /// null then means the organisation did not exist when the summary was written.
    /// </summary>
    public DatasetRecord Read(ReadOnlySpan<byte> summary, out Organization? publisher)
    {
        publisher = null;
        var reader = new Utf8JsonReader(summary);
        Expect(ref reader, JsonTokenType.StartObject);
        var record = (DatasetRecord)RuntimeHelpers.GetUninitializedObject(typeof(DatasetRecord));
        while (NextMember(ref reader))
        {
            var member = DatasetMember(ref reader);
            reader.Read();
            if ((_dataset & member) == 0)
            {
                reader.Skip();
                continue;
            }
            switch (member)
            {
                case DatasetFlags.Id: record.Id = reader.GetGuid(); break;
                case DatasetFlags.Slug: record.Slug = reader.GetString()!; break;
                case DatasetFlags.Identifier: record.Identifier = reader.GetString()!; break;
                case DatasetFlags.Doi: record.Doi = reader.GetString(); break;
                case DatasetFlags.Status: record.Status = ReadEnum<RecordStatus>(ref reader); break;
                case DatasetFlags.Revision: record.Revision = reader.GetInt32(); break;
                case DatasetFlags.ModifiedAt: record.ModifiedAt = reader.GetDateTimeOffset(); break;
                case DatasetFlags.Title: record.Title = ReadText(ref reader); break;
                case DatasetFlags.Description: record.Description = ReadText(ref reader); break;
                case DatasetFlags.Keywords: record.Keywords = ReadLists(ref reader); break;
                case DatasetFlags.OrganizationId: record.OrganizationId = reader.GetGuid(); break;
                case DatasetFlags.Licenses: record.Licenses = ReadStrings(ref reader); break;
                case DatasetFlags.AccessRights: record.AccessRights = ReadEnum<AccessLevel>(ref reader); break;
                case DatasetFlags.Themes: record.Themes = ReadStrings(ref reader); break;
                case DatasetFlags.HealthCategories: record.HealthCategories = ReadStrings(ref reader); break;
                case DatasetFlags.Distributions: record.Distributions = ReadDistributions(ref reader); break;
                case DatasetFlags.Publisher: publisher = ReadPublisher(ref reader); break;
            }
        }
        return record;
    }

    private List<Distribution> ReadDistributions(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, current: true);
        var distributions = new List<Distribution>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, current: true);
            var distribution = (Distribution)RuntimeHelpers.GetUninitializedObject(typeof(Distribution));
            while (NextMember(ref reader))
            {
                var member = DistributionMember(ref reader);
                reader.Read();
                if ((_distribution & member) == 0)
                {
                    reader.Skip();
                    continue;
                }
                switch (member)
                {
                    case DistributionFlags.Id: distribution.Id = reader.GetGuid(); break;
                    case DistributionFlags.Title: distribution.Title = ReadText(ref reader); break;
                    case DistributionFlags.Format: distribution.Format = reader.GetString(); break;
                    case DistributionFlags.MediaType: distribution.MediaType = reader.GetString(); break;
                    case DistributionFlags.AccessUrl: distribution.AccessUrl = reader.GetString()!; break;
                    case DistributionFlags.DownloadUrl: distribution.DownloadUrl = reader.GetString(); break;
                    case DistributionFlags.ByteSize:
                        distribution.ByteSize = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
                        break;
                    case DistributionFlags.Role: distribution.Role = ReadEnum<DistributionRole>(ref reader); break;
                    case DistributionFlags.IsRemote: distribution.IsRemote = reader.GetBoolean(); break;
                }
            }
            distributions.Add(distribution);
        }
        return distributions;
    }

    /// <summary>
    /// The summary's <c>publisher</c>: its id always, its name and acronym when the organisation existed. Only
    /// the members <see cref="SummarySelection"/> lets a page read are filled; the rest stay at their defaults.
    /// </summary>
    private static Organization? ReadPublisher(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, current: true);
        var organization = new Organization();
        string? name = null;
        while (NextMember(ref reader))
        {
            ReadOnlySpan<byte> member = reader.ValueIsEscaped ? Unescaped(ref reader) : reader.ValueSpan;
            reader.Read();
            if (member.SequenceEqual("id"u8)) organization.Id = reader.GetGuid();
            else if (member.SequenceEqual("name"u8)) name = reader.GetString();
            else if (member.SequenceEqual("acronym"u8)) organization.Acronym = reader.GetString();
            else reader.Skip();
        }
        if (name is null) return null;
        organization.Name = name;
        return organization;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject) return false;
        if (reader.TokenType != JsonTokenType.PropertyName) throw new JsonException($"Summary: unexpected {reader.TokenType}.");
        return true;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, bool current = false)
    {
        if (!current) reader.Read();
        if (reader.TokenType != type) throw new JsonException($"Summary: expected {type}, found {reader.TokenType}.");
    }

    private static LocalizedText ReadText(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, current: true);
        var text = new LocalizedText();
        while (NextMember(ref reader))
        {
            var lang = reader.GetString()!;
            reader.Read();
            text[lang] = reader.GetString()!;
        }
        return text;
    }

    private static LocalizedList ReadLists(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, current: true);
        var lists = new LocalizedList();
        while (NextMember(ref reader))
        {
            var lang = reader.GetString()!;
            reader.Read();
            lists[lang] = ReadStrings(ref reader);
        }
        return lists;
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, current: true);
        var strings = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) strings.Add(reader.GetString()!);
        return strings;
    }

    /// <summary>Enum names as <c>JsonStringEnumConverter</c> writes them, parsed without allocating a string.</summary>
    private static T ReadEnum<T>(ref Utf8JsonReader reader) where T : struct, Enum
    {
        Span<char> name = stackalloc char[32];
        var length = reader.CopyString(name);
        return Enum.TryParse<T>(name[..length], ignoreCase: true, out var value) && !int.TryParse(name[..length], out _)
            ? value
            : throw new JsonException($"Summary: \"{name[..length]}\" is not a {typeof(T).Name}.");
    }

    /// <summary>
    /// The record member a property name denotes, compared on the raw bytes by length first: a summary has some
    /// thirty names and a page fifty summaries, so a chain of sixteen <c>ValueTextEquals</c> calls per name showed
    /// in profiles. An escaped name (never written by <c>DatasetSummary</c>) is unescaped first.
    /// </summary>
    private static DatasetFlags DatasetMember(ref Utf8JsonReader reader) =>
        DatasetMember(reader.ValueIsEscaped ? Unescaped(ref reader) : reader.ValueSpan);

    private static DatasetFlags DatasetMember(ReadOnlySpan<byte> name) => name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => DatasetFlags.Id,
            3 when name.SequenceEqual("doi"u8) => DatasetFlags.Doi,
            4 when name.SequenceEqual("slug"u8) => DatasetFlags.Slug,
            9 when name.SequenceEqual("publisher"u8) => DatasetFlags.Publisher,
            5 when name.SequenceEqual("title"u8) => DatasetFlags.Title,
            6 when name.SequenceEqual("status"u8) => DatasetFlags.Status,
            6 when name.SequenceEqual("themes"u8) => DatasetFlags.Themes,
            8 when name.SequenceEqual("revision"u8) => DatasetFlags.Revision,
            8 when name.SequenceEqual("keywords"u8) => DatasetFlags.Keywords,
            8 when name.SequenceEqual("licenses"u8) => DatasetFlags.Licenses,
            10 when name.SequenceEqual("identifier"u8) => DatasetFlags.Identifier,
            10 when name.SequenceEqual("modifiedAt"u8) => DatasetFlags.ModifiedAt,
            11 when name.SequenceEqual("description"u8) => DatasetFlags.Description,
            12 when name.SequenceEqual("accessRights"u8) => DatasetFlags.AccessRights,
            13 when name.SequenceEqual("distributions"u8) => DatasetFlags.Distributions,
            14 when name.SequenceEqual("organizationId"u8) => DatasetFlags.OrganizationId,
            16 when name.SequenceEqual("healthCategories"u8) => DatasetFlags.HealthCategories,
            _ => DatasetFlags.None, // issued, qualityScore, links…: not record members, always skipped
        };

    private static DistributionFlags DistributionMember(ref Utf8JsonReader reader) =>
        DistributionMember(reader.ValueIsEscaped ? Unescaped(ref reader) : reader.ValueSpan);

    private static DistributionFlags DistributionMember(ReadOnlySpan<byte> name) => name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => DistributionFlags.Id,
            4 when name.SequenceEqual("role"u8) => DistributionFlags.Role,
            5 when name.SequenceEqual("title"u8) => DistributionFlags.Title,
            6 when name.SequenceEqual("format"u8) => DistributionFlags.Format,
            8 when name.SequenceEqual("byteSize"u8) => DistributionFlags.ByteSize,
            8 when name.SequenceEqual("isRemote"u8) => DistributionFlags.IsRemote,
            9 when name.SequenceEqual("mediaType"u8) => DistributionFlags.MediaType,
            9 when name.SequenceEqual("accessUrl"u8) => DistributionFlags.AccessUrl,
            11 when name.SequenceEqual("downloadUrl"u8) => DistributionFlags.DownloadUrl,
            _ => DistributionFlags.None,
        };

    private static byte[] Unescaped(ref Utf8JsonReader reader) => System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);

    /// <summary>The flag of a member the page asks for, by the same matching as the summary's own names.</summary>
    private static DatasetFlags DatasetFlag(string name) =>
        DatasetMember(System.Text.Encoding.UTF8.GetBytes(name)) is var flag and not DatasetFlags.None ? flag
            : throw new ArgumentException($"The summary reader does not read the record member \"{name}\".", nameof(name));

    private static DistributionFlags DistributionFlag(string name) =>
        DistributionMember(System.Text.Encoding.UTF8.GetBytes(name)) is var flag and not DistributionFlags.None ? flag
            : throw new ArgumentException($"The summary reader does not read the distribution member \"{name}\".", nameof(name));

    [Flags]
    private enum DatasetFlags
    {
        None = 0, Id = 1, Slug = 1 << 1, Identifier = 1 << 2, Doi = 1 << 3, Status = 1 << 4, Revision = 1 << 5,
        ModifiedAt = 1 << 6, Title = 1 << 7, Description = 1 << 8, Keywords = 1 << 9, OrganizationId = 1 << 10,
        Licenses = 1 << 11, AccessRights = 1 << 12, Themes = 1 << 13, HealthCategories = 1 << 14, Distributions = 1 << 15,
        Publisher = 1 << 16,
    }

    [Flags]
    private enum DistributionFlags
    {
        None = 0, Id = 1, Title = 1 << 1, Format = 1 << 2, MediaType = 1 << 3, AccessUrl = 1 << 4, DownloadUrl = 1 << 5,
        ByteSize = 1 << 6, Role = 1 << 7, IsRemote = 1 << 8,
    }
}
