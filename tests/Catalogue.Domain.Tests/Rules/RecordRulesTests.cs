using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Domain.Samples;

namespace Catalogue.Domain.Tests.Rules;

public sealed class RecordRulesTests
{
    private static readonly Organization Spf = DemoCatalogue.Organizations().Single(o => o.Id == DemoCatalogue.Spf);

    private static DatasetRecord Demo(string slug) => DemoCatalogue.Records().Select(d => d.Record).Single(r => r.Slug == slug);

    public static TheoryData<string> PublishedDemo() =>
        new(DemoCatalogue.Records().Where(d => d.Publish).Select(d => d.Record.Slug));

    [Theory]
    [MemberData(nameof(PublishedDemo))]
    public void Every_published_demo_record_passes_the_publication_checks(string slug)
    {
        var r = Demo(slug);
        RecordDefaults.Apply(r);
        var org = DemoCatalogue.Organizations().Single(o => o.Id == r.OrganizationId);
        var errors = PublicationChecks.Check(r, org).Where(i => i.Severity == IssueSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_demo_covers_the_three_access_levels_and_a_split_base_over_one_gigabyte_with_a_sample()
    {
        var records = DemoCatalogue.Records().Select(d => d.Record).ToList();
        Assert.True(records.Count >= 8);
        Assert.Equal(3, records.Select(r => r.AccessRights).Distinct().Count());
        Assert.Contains(records, r => r.Distributions.Any(d => d.Role == DistributionRole.Part && d.ByteSize > Distribution.DirectDepositLimitBytes && d.IsRemote)
                                      && r.Distributions.Any(d => d.Role == DistributionRole.Sample));
    }

    [Fact]
    public void Open_data_needs_the_anonymity_attestation_and_the_full_documentation()
    {
        var r = Demo("passages-urgences-oscour");
        RecordDefaults.Apply(r);
        r.Anonymisation = new Anonymisation();
        r.Documentation.UpdatePolicy = new LocalizedText();
        var errors = PublicationChecks.Check(r, Spf).Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Path).ToList();
        Assert.Contains("anonymisation.attested", errors);
        Assert.Contains("anonymisation.inference", errors);
        Assert.Contains("documentation.updatePolicy", errors);
    }

    [Fact]
    public void A_high_re_identification_risk_blocks_open_publication_but_not_restricted_access()
    {
        var r = Demo("passages-urgences-oscour");
        RecordDefaults.Apply(r);
        r.Anonymisation.Inference = new RiskAssessment { Risk = RiskLevel.High, Summary = LocalizedText.Of("Petits effectifs") };
        Assert.Contains(PublicationChecks.Check(r, Spf), i => i.Path == "anonymisation.inference.risk" && i.Severity == IssueSeverity.Error);
        r.AccessRights = AccessLevel.Restricted;
        Assert.DoesNotContain(PublicationChecks.Check(r, Spf), i => i.Path == "anonymisation.inference.risk");
    }

    [Fact]
    public void Non_public_records_need_contact_point_keywords_type_and_provenance()
    {
        var r = Demo("banque-nationale-maladies-rares");
        RecordDefaults.Apply(r);
        r.ContactPoint = null;
        r.Keywords = new LocalizedList();
        r.DatasetTypes.Clear();
        r.Documentation.Provenance = new LocalizedText();
        var aphp = DemoCatalogue.Organizations().Single(o => o.Id == DemoCatalogue.Aphp);
        var errors = PublicationChecks.Check(r, aphp).Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Path).ToList();
        Assert.Equal(new[] { "contactPoint", "datasetTypes", "documentation.provenance", "keywords" }, errors.Order().ToArray());
    }

    [Fact]
    public void Recommended_items_are_warnings_that_never_block()
    {
        var r = Demo("incidence-cancers-registres-francim");
        RecordDefaults.Apply(r);
        var issues = PublicationChecks.Check(r, Spf);
        Assert.Contains(issues, i => i.Path == "doi" && i.Severity == IssueSeverity.Warning);
        Assert.True(PublicationChecks.CanPublish(issues));
    }

    [Fact]
    public void Validator_names_each_bad_field_by_its_path()
    {
        var r = new DatasetRecord
        {
            Title = LocalizedText.Of("x"), Themes = ["HEAL", "XXXX"], Frequency = "SOMETIMES", Licenses = ["WTFPL"],
            TemporalResolution = "daily", MinTypicalAge = 200, Doi = "doi:10.1/x",
            Distributions = [new Distribution { AccessUrl = "ftp://x", ByteSize = 2L << 30, Checksum = new Checksum { Algorithm = "crc", Value = "zz" } }],
            DataDictionary = [new DataTable { Name = "t", Variables = [new Variable { Name = "a" }, new Variable { Name = "a", Type = "blob" }] }],
        };
        var paths = RecordValidator.Validate(r).Select(i => i.Path).ToHashSet();
        foreach (var expected in new[] { "themes[1]", "frequency", "licenses[0]", "temporalResolution", "maxTypicalAge", "doi",
                     "distributions[0].accessUrl", "distributions[0].isRemote", "distributions[0].checksum.algorithm", "distributions[0].checksum.value",
                     "dataDictionary[0].variables[1].name", "dataDictionary[0].variables[1].type" })
            Assert.True(paths.Contains(expected) || (expected == "maxTypicalAge" && paths.Contains("minTypicalAge")), $"missing {expected} in {string.Join(", ", paths)}");
    }

    [Fact]
    public void Quality_score_lists_what_is_missing_most_important_first()
    {
        var bare = new DatasetRecord { Title = LocalizedText.Of("x"), ModifiedAt = DateTimeOffset.UtcNow };
        var full = Demo("melanome-dermoscopie-data-challenge");
        full.ModifiedAt = DateTimeOffset.UtcNow;
        var low = QualityScore.Compute(bare, DateTimeOffset.UtcNow);
        var high = QualityScore.Compute(full, DateTimeOffset.UtcNow);
        Assert.True(high.Score > low.Score + 40, $"{high.Score} vs {low.Score}");
        Assert.Equal(2, low.Missing.First().Weight);
        Assert.Contains(high.Missing, c => c.Id == "doi");
        Assert.Equal(9, low.Criteria.Count(c => c.Source == "udata"));
    }

    [Fact]
    public void Diff_reports_changed_paths_and_ignores_bookkeeping()
    {
        var a = Demo("cohorte-epicov");
        var b = RecordJson.Clone(a);
        b.Revision = 99;
        b.ModifiedAt = DateTimeOffset.UtcNow.AddDays(3);
        b.Title["fr"] = "Autre titre";
        b.Keywords["fr"].Add("nouveau");
        var changes = RecordDiff.Compare(a, b);
        Assert.Contains(changes, c => c.Path == "title.fr" && (string?)c.After == "Autre titre");
        Assert.Contains(changes, c => c.Path == "keywords.fr");
        Assert.DoesNotContain(changes, c => c.Path is "revision" or "modifiedAt");
    }

    [Theory]
    [InlineData("Passages aux urgences — 2023 !", "passages-aux-urgences-2023")]
    [InlineData("Éducation thérapeutique", "education-therapeutique")]
    [InlineData("???", "dataset")]
    public void Slugs_are_ascii_and_hyphenated(string title, string slug) => Assert.Equal(slug, RecordDefaults.Slugify(title));

    [Fact]
    public void Folding_makes_search_accent_and_case_insensitive() =>
        Assert.Equal(RecordDefaults.Fold("MÉLANOME cœur"), RecordDefaults.Fold("melanome cœur"));

    [Fact]
    public void Lifecycle_allows_only_the_documented_transitions()
    {
        Assert.Equal(RecordStatus.InReview, RecordLifecycle.Next(RecordStatus.Draft, LifecycleAction.Submit));
        Assert.Equal(RecordStatus.Published, RecordLifecycle.Next(RecordStatus.InReview, LifecycleAction.Publish));
        Assert.Equal(RecordStatus.Withdrawn, RecordLifecycle.Next(RecordStatus.Published, LifecycleAction.Withdraw));
        Assert.Equal(RecordStatus.Published, RecordLifecycle.Next(RecordStatus.Withdrawn, LifecycleAction.Publish));
        Assert.Null(RecordLifecycle.Next(RecordStatus.Published, LifecycleAction.Submit));
        Assert.Null(RecordLifecycle.Next(RecordStatus.Draft, LifecycleAction.Withdraw));
    }
}
