using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using DcatTerms = Catalogue.Domain.Mappings.Dcat.Dcat;
using V = Catalogue.Domain.Vocabularies.Vocabularies;

namespace Catalogue.Domain.Tests.Dcat;

public class DatasetToDcatTests
{
    private static readonly Iri RdfType = new(Catalogue.Rdf.Model.Rdf.Ns + "type");

    [Fact]
    public void Every_concept_used_is_declared_in_its_scheme_and_every_scheme_is_titled()
    {
        var graph = DcatTestRecords.Map([.. DcatTestRecords.PublishedDemo()]);
        var concepts = graph.Match(null, RdfType, Skos.Concept).Select(t => t.Subject).ToList();

        Assert.True(concepts.Count > 20, $"Only {concepts.Count} concepts declared.");
        foreach (var c in concepts)
        {
            Assert.NotEmpty(graph.Match(c, Skos.PrefLabel));
            var scheme = Assert.Single(graph.Match(c, Skos.InScheme)).Object;
            Assert.Contains(graph.Match(scheme, RdfType), t => t.Object == Skos.ConceptScheme);
            Assert.NotEmpty(graph.Match(scheme, Dct.Title));
        }
    }

    [Fact]
    public void Coded_values_are_IRIs_of_the_vocabulary_tables()
    {
        var graph = DcatTestRecords.Map([.. DcatTestRecords.PublishedDemo()]);
        var checks = new (Iri Property, Catalogue.Domain.Vocabularies.Vocabulary Table)[]
        {
            (DcatTerms.Theme, V.DataTheme), (Health.HealthCategory, V.Healthcategories), (Health.HealthTheme, V.HealthTheme),
            (Dct.AccessRights, V.AccessRight), (Dct.Language, V.Language), (Dct.AccrualPeriodicity, V.Frequency),
            (Dct.Format, V.FileType), (Adms.Status, V.DistributionStatus), (DcatAp.Availability, V.PlannedAvailability), (Dct.License, V.Licence),
        };
        foreach (var (property, table) in checks)
        {
            var values = graph.Match(null, property).Select(t => t.Object).ToList();
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.NotNull(table.FindByIri(((Iri)v).Value)));
        }
    }

    [Fact]
    public void Range_classes_are_stated_for_the_shapes()
    {
        var graph = DcatTestRecords.Map([.. DcatTestRecords.PublishedDemo()]);
        foreach (var (property, type) in new[] { (Dct.AccessRights, Dct.RightsStatement), (Dct.Language, Dct.LinguisticSystem),
                     (Dct.AccrualPeriodicity, Dct.Frequency), (DcatAp.ApplicableLegislation, Misc.EliLegalResource), (Dct.Spatial, Dct.Location),
                     (Dct.Format, Dct.MediaTypeOrExtent), (DcatTerms.MediaType, Dct.MediaType), (Health.HasCodingSystem, Dct.Standard) })
            foreach (var value in graph.Match(null, property).Select(t => t.Object).Distinct())
                Assert.True(graph.Contains(new Triple(value, RdfType, type)), $"{value} (object of {property}) is not typed {type}.");
    }

    [Fact]
    public void The_data_dictionary_is_a_CSVW_table_group_with_one_name_and_datatype_per_column()
    {
        var record = DcatTestRecords.PublishedDemo().First(r => r.DataDictionary.Count > 0);
        var graph = DcatTestRecords.Map(record);
        var group = Assert.Single(graph.Match(null, Health.HasVariables)).Object;
        var columns = graph.Match(null, Csvw.ColumnProp).Select(t => t.Object).ToList();

        Assert.Contains(graph.Match(group, RdfType), t => t.Object == Csvw.TableGroup);
        Assert.Equal(record.DataDictionary.Sum(t => t.Variables.Count), columns.Count);
        foreach (var c in columns)
        {
            Assert.Single(graph.Match(c, Csvw.Name));
            var datatype = Assert.IsType<Literal>(Assert.Single(graph.Match(c, Csvw.Datatype)).Object);
            Assert.Equal(Xsd.String, datatype.Datatype);
            Assert.NotEmpty(graph.Match(c, Csvw.Title));
            Assert.NotEmpty(graph.Match(c, Dct.Description));
        }
        Assert.Contains(graph.Match(null, Health.HasStructuredData), t => t.Object == Literal.Typed("true", Xsd.Boolean));
    }

    [Fact]
    public void A_stream_declares_each_concept_once_and_writes_each_resource_as_one_run()
    {
        var recorded = new List<Triple>();
        var e = new DcatEmitter(new Recorder(recorded));
        var mapper = new DatasetToDcat(DcatTestRecords.Links);
        foreach (var r in DcatTestRecords.PublishedDemo())
        {
            mapper.Write(r, DcatTestRecords.OrganizationOf(r), e);
            e.Flush();
        }

        var heal = new Iri(V.DataTheme.Get("HEAL").Iri);
        Assert.Single(recorded, t => t.Subject == heal && t.Predicate == Skos.InScheme);
        Assert.True(recorded.Count(t => t.Object == heal) > 1);
        var datasetRuns = recorded.Select(t => t.Subject).Where(s => s is Iri i && !i.Value.Contains('#') && i.Value.Contains("/datasets/"))
            .Aggregate(new List<Term>(), (runs, s) => { if (runs.Count == 0 || runs[^1] != s) runs.Add(s); return runs; });
        Assert.Equal(datasetRuns.Distinct().Count(), datasetRuns.Count);
    }

    [Fact]
    public void Counts_are_non_negative_integers_and_dates_are_typed()
    {
        var record = DcatTestRecords.PublishedDemo().First(r => r.NumberOfRecords is not null);
        var graph = DcatTestRecords.Map(record);
        var count = Assert.IsType<Literal>(Assert.Single(graph.Match(null, Health.NumberOfRecords)).Object);
        Assert.Equal(Xsd.NonNegativeInteger, count.Datatype);
        Assert.Equal(record.NumberOfRecords.ToString(), count.Value);
        Assert.Equal(Xsd.Date, Assert.IsType<Literal>(Assert.Single(graph.Match(null, Dct.Issued)).Object).Datatype);
        Assert.All(graph.Match(null, DcatTerms.StartDate), t => Assert.Equal(Xsd.Date, ((Literal)t.Object).Datatype));
    }

    private sealed class Recorder(List<Triple> triples) : IRdfSink
    {
        public void Triple(Triple triple) => triples.Add(triple);
    }
}
