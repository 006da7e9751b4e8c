using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Catalogue.Domain.Vocabularies;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Bench.Generation;

/// <summary>
/// Builds realistic dataset records by varying the demo catalogue's templates with a seeded <see cref="Random"/>:
/// the same seed always gives the same catalogue. Each record is a full template (documentation, anonymisation,
/// agents) with new identity, text, classification, about five distributions and about forty variables.
/// Every code is picked from the catalogue's vocabulary tables.
/// </summary>
public sealed class RecordGenerator(int seed)
{
    private readonly Random _rnd = new(seed);
    private readonly DateTimeOffset _epoch = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    // Templates by access level; the draft template of the demo is left out (it is incomplete on purpose).
    private static readonly IReadOnlyList<DatasetRecord> Templates =
        DemoCatalogue.Records().Where(d => d.Publish).Select(d => d.Record).ToList();

    private static readonly Guid[] Organizations = DemoCatalogue.Organizations().Select(o => o.Id).ToArray();

    // Realistic subsets, kept only where the vocabulary really holds the code.
    private static readonly string[] Frequencies =
        new[] { "ANNUAL", "MONTHLY", "WEEKLY", "QUARTERLY", "DAILY", "IRREG", "NEVER", "QUINQUENNIAL" }.Where(V.Frequency.Contains).ToArray();
    private static readonly string[] CodedVariables = ["diagnostic_principal", "diagnostic_associe", "acte", "medicament", "resultat_test"];

    public DatasetRecord Next(int index)
    {
        var level = Pick(new[] { (AccessLevel.Public, 70), (AccessLevel.Restricted, 20), (AccessLevel.NonPublic, 10) });
        var r = RecordJson.Clone(Pick(Templates.Where(t => t.AccessRights == level).ToList()));
        r.Id = NewGuid();
        r.OrganizationId = Pick(Organizations);
        r.Status = Pick(new[] { (RecordStatus.Published, 90), (RecordStatus.Draft, 6), (RecordStatus.InReview, 4) });
        r.Revision = 1;
        r.Doi = null;
        r.ConceptDoi = null;
        r.UdataId = null;
        r.CreatedAt = _epoch.AddMinutes(-_rnd.Next(3 * 365 * 24 * 60));
        r.ModifiedAt = r.CreatedAt.AddMinutes(_rnd.Next(30 * 24 * 60));
        r.FirstPublishedAt = r.Status == RecordStatus.Published ? r.ModifiedAt : null;

        Text(r, index);
        Classification(r, level);
        r.DataDictionary = Dictionary();
        r.Distributions = Distributions(r, level);
        return r;
    }

    private void Text(DatasetRecord r, int index)
    {
        var subject = Pick(HealthWords.Subjects);
        var source = Pick(HealthWords.Sources);
        var breakdown = Pick(HealthWords.Breakdowns);
        var from = 1990 + _rnd.Next(33);
        var to = Math.Min(2025, from + 1 + _rnd.Next(12));
        r.Title = LocalizedText.Of($"{subject.Fr} {source.Fr} {breakdown.Fr}, {from}–{to}", $"{subject.En} {source.En} {breakdown.En}, {from}–{to}");
        var sentences = Enumerable.Range(0, 3 + _rnd.Next(4)).Select(_ => Pick(HealthWords.Sentences)).Distinct();
        r.Description = LocalizedText.Of(
            $"{subject.Fr} {source.Fr}, {breakdown.Fr}, de {from} à {to}. " + string.Join(' ', sentences),
            $"{subject.En} {source.En}, {breakdown.En}, {from} to {to}.");
        r.Slug = RecordDefaults.Slugify($"{subject.Fr} {breakdown.Fr} {from} {to}") + "-" + index.ToString("x");
        r.Identifier = $"https://catalogue.health-data-hub.fr/datasets/{r.Slug}";
        r.LandingPage = r.Identifier;
        r.Keywords = new LocalizedList
        {
            ["fr"] = Sample(HealthWords.Keywords, 3 + _rnd.Next(4)).ToList(),
            ["en"] = [subject.En.ToLowerInvariant()],
        };
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(from, 1, 1), End = _rnd.Next(4) == 0 ? null : new DateOnly(to, 12, 31) }];
        r.NumberOfRecords = _rnd.NextInt64(1_000, 50_000_000);
        r.NumberOfUniqueIndividuals = r.NumberOfRecords / (1 + _rnd.Next(20));
    }

    private void Classification(DatasetRecord r, AccessLevel level)
    {
        r.Themes = _rnd.Next(3) == 0 ? ["HEAL", Pick(V.DataTheme.Concepts.Where(c => c.Code != "HEAL").ToList()).Code] : ["HEAL"];
        r.HealthCategories = Sample(V.Healthcategories.Concepts.Select(c => c.Code).ToList(), 1 + _rnd.Next(3)).ToList();
        r.HealthThemes = Sample(V.HealthTheme.Concepts.Select(c => c.Code).ToList(), 1 + _rnd.Next(2)).ToList();
        r.CodingSystems = Sample(V.CodingSystem.Concepts.Select(c => c.Code).ToList(), _rnd.Next(4)).ToList();
        if (_rnd.Next(5) == 0) r.ConformsTo = [Pick(V.Standard.Concepts).Code];
        r.GeneratedBy = Pick(V.HealthActivity.Concepts).Code;
        r.Frequency = Pick(Frequencies);
        r.SpatialCoverage = _rnd.Next(3) == 0 ? [Pick(SpatialTable.Zones.Where(z => z.Level == "fr:region").ToList()).Id] : ["country:fr"];
        r.SpatialGranularity = Pick(new[] { "country", "fr:region", "fr:departement", "fr:commune" });
        if (level == AccessLevel.Public)
            r.Licenses = _rnd.Next(5) == 0 ? [Pick(LicenceTable.All).SpdxId] : [.. LicenceTable.RecommendedPair];
    }

    private List<DataTable> Dictionary()
    {
        var tables = new List<DataTable>();
        var total = 36 + _rnd.Next(9);
        var tableCount = 2 + _rnd.Next(3);
        foreach (var name in Sample(HealthWords.TableNames, tableCount))
        {
            var count = tables.Count == tableCount - 1 ? total - tables.Sum(t => t.Variables.Count) : total / tableCount;
            var variables = Sample(HealthWords.Variables, Math.Min(count, HealthWords.Variables.Length)).Select(v =>
            {
                var coding = CodedVariables.Contains(v.Name) ? Pick(V.CodingSystem.Concepts).Code : null;
                var variable = DemoCatalogue.Var(v.Name, v.Type, v.Fr, v.En, v.Unit, coding);
                if (v.Name == "sexe") variable.CodeList = [Code("1", "Homme"), Code("2", "Femme"), Code("9", "Inconnu")];
                return variable;
            }).ToList();
            tables.Add(new DataTable
            {
                Name = name, Title = LocalizedText.Of("Table " + name, "Table " + name),
                Description = LocalizedText.Of($"Une ligne par enregistrement de la table {name}.", $"One row per {name} record."),
                Variables = variables,
            });
        }
        return tables;
    }

    private List<Distribution> Distributions(DatasetRecord r, AccessLevel level)
    {
        var host = $"https://files.health-data-hub.fr/{r.Slug}";
        var list = new List<Distribution>();
        if (level == AccessLevel.Public)
        {
            var parts = 1 + _rnd.Next(3);
            for (var p = 1; p <= parts; p++)
            {
                var size = _rnd.Next(10) == 0 ? _rnd.NextInt64(1L << 30, 8L << 30) : _rnd.NextInt64(10_000, 900_000_000);
                var d = DemoCatalogue.File($"Données (partie {p}/{parts})", $"{host}/donnees-{p}.csv", "CSV", size, parts > 1 ? DistributionRole.Part : DistributionRole.Main);
                if (parts > 1) { d.SplitCriterion = "année"; d.SplitValue = $"lot {p}"; d.PartIndex = p; }
                list.Add(d);
            }
            list.Add(DemoCatalogue.File("Échantillon", $"{host}/echantillon.csv", "CSV", _rnd.Next(5_000, 500_000), DistributionRole.Sample));
        }
        else
        {
            var access = RecordJson.Clone(r).Distributions.First();
            access.Title = LocalizedText.Of("Accès sécurisé sur autorisation");
            list.Add(access);
            list.Add(DemoCatalogue.File("Échantillon synthétique", $"{host}/echantillon-synthetique.csv", "CSV", _rnd.Next(5_000, 500_000), DistributionRole.Sample));
        }
        list.Add(DemoCatalogue.File("Dictionnaire des variables", $"{host}/schema.json", "JSON", _rnd.Next(5_000, 80_000), DistributionRole.Documentation));
        list.Add(DemoCatalogue.File("Documentation", $"{host}/documentation.pdf", "PDF", _rnd.Next(100_000, 5_000_000), DistributionRole.Documentation));
        foreach (var d in list) d.Id = NewGuid();
        return list;
    }

    private static CodeValue Code(string code, string label) => new() { Code = code, Label = LocalizedText.Of(label) };

    private Guid NewGuid()
    {
        Span<byte> b = stackalloc byte[16];
        _rnd.NextBytes(b);
        b[7] = (byte)(b[7] & 0x0f | 0x40); // version 4, so ids look like any other
        b[8] = (byte)(b[8] & 0x3f | 0x80);
        return new Guid(b);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_rnd.Next(items.Count)];

    private T Pick<T>(IReadOnlyList<(T Value, int Weight)> weighted)
    {
        var x = _rnd.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted) { if (x < weight) return value; x -= weight; }
        return weighted[^1].Value;
    }

    private IEnumerable<T> Sample<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => _rnd.Next()).Take(count);
}
