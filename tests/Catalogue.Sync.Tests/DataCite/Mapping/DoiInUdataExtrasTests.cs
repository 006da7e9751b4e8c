using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Sync.Tests.DataCite.Mapping;

/// <summary>The DOI reaches data.gouv.fr too: the udata mapping carries it in the dataset's extras.</summary>
public sealed class DoiInUdataExtrasTests
{
    [Fact]
    public void A_reserved_doi_is_in_the_udata_extras()
    {
        var (record, organisation) = DemoRecordsForDataCite.Named("passages-urgences-oscour");
        var write = RecordToUdata.ToWrite(record, organisation, "udata-org-id");
        Assert.Equal(record.Doi, UdataExtras.GetString(write.Extras, UdataExtras.Doi));

        record.Doi = null;
        Assert.Null(UdataExtras.GetString(RecordToUdata.ToWrite(record, organisation, "udata-org-id").Extras, UdataExtras.Doi));
    }
}
