using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Udata;

public sealed class UdataTagsTests
{
    [Theory]
    [InlineData(" Aaa bBB $$ $$-µ  ", "aaa-bbb-u")] // udata's own test case
    [InlineData("Health Data Hub", "health-data-hub")]
    [InlineData("Santé publique", "sante-publique")]
    [InlineData("Œuvres & données", "oeuvres-donnees")]
    [InlineData("covid_19", "covid-19")]
    [InlineData("--hdh--", "hdh")]
    public void Normalize_slugifies_like_udata(string input, string expected) =>
        Assert.Equal(expected, UdataTags.Normalize(input));

    [Fact]
    public void NormalizeAll_deduplicates_and_sorts_and_splits_a_comma_list()
    {
        Assert.Equal(["hdh", "health-data-hub", "sante"], UdataTags.NormalizeAll(["Santé", "HDH", "health data hub", "hdh", "$$"]));
        Assert.Equal(["cancer", "registre"], UdataTags.NormalizeCommaSeparated("Registre, cancer,,"));
    }

    [Fact]
    public void Valid_tags_have_3_to_96_characters()
    {
        Assert.False(UdataTags.HasValidLength("si"));
        Assert.True(UdataTags.HasValidLength("hdh"));
        Assert.True(UdataTags.HasValidLength(new string('a', 96)));
        Assert.False(UdataTags.HasValidLength(new string('a', 97)));
    }
}
