using System.Text.RegularExpressions;
using Catalogue.Domain.Vocabularies;
using Catalogue.TestSupport;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Tests.Vocabularies;

/// <summary>
/// The code tables are generated from ../shared/vocabularies; these tests re-read the Turtle sources and
/// fail when a table drifts from them, and check that every hand-written mapping table only names real codes.
/// </summary>
public sealed class VocabularyDriftTests
{
    public static TheoryData<string> Files() => new(Directory.GetFiles(SharedPaths.Combine("vocabularies"), "*.ttl").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_generated_table_has_exactly_the_concepts_of_its_source(string file)
    {
        var text = File.ReadAllText(SharedPaths.Combine("vocabularies", file));
        var conceptIris = Regex.Matches(text, @"^<([^>]+)>\s+a\s+skos:Concept\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var vocabulary = V.ByName(Path.GetFileNameWithoutExtension(file));
        Assert.NotNull(vocabulary);
        Assert.Equal(conceptIris.OrderBy(x => x), vocabulary!.Concepts.Select(c => c.Iri).OrderBy(x => x));
        var schemeIri = Regex.Match(text, @"^<([^>]+)>\s+a\s+skos:ConceptScheme", RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(schemeIri, vocabulary.SchemeIri);
    }

    [Fact]
    public void Mapping_tables_name_only_codes_that_exist()
    {
        foreach (var l in LicenceTable.All)
        {
            Assert.True(V.Licence.Contains(l.EuCode), $"licence {l.EuCode}");
            Assert.True(V.LicenceType.Contains(l.AdmsType), $"licence type {l.AdmsType}");
        }
        foreach (var eu in FrequencyTable.EuToUdata.Keys) Assert.True(V.Frequency.Contains(eu), $"frequency {eu}");
        foreach (var f in FormatTable.All) Assert.True(V.FileType.Contains(f.Code), $"file type {f.Code}");
        Assert.Contains("HEAL", V.DataTheme.Concepts.Select(c => c.Code));
    }

    [Fact]
    public void Frequency_mapping_round_trips_through_udata_for_every_udata_id_it_produces()
    {
        foreach (var (eu, udata) in FrequencyTable.EuToUdata)
            Assert.Equal(udata, FrequencyTable.ToUdata(FrequencyTable.FromUdata(udata)));
        Assert.Equal("punctual", FrequencyTable.ToUdata("AS_NEEDED"));
        Assert.Equal("unknown", FrequencyTable.ToUdata(null));
    }

    [Fact]
    public void Labels_are_bilingual_where_the_source_is()
    {
        var ehrs = V.Healthcategories.Get("EHRS");
        Assert.NotNull(ehrs.LabelFr);
        Assert.NotEqual(ehrs.Label("en"), ehrs.Label("fr"));
        Assert.Throws<KeyNotFoundException>(() => V.Healthcategories.Get("NOPE"));
    }
}
