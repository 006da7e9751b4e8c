namespace Catalogue.Domain.Tests.Dcat;

public class DcatDumpTests
{
    [Fact]
    public void Dump()
    {
        foreach (var level in Enum.GetValues<Catalogue.Domain.Model.AccessLevel>())
        {
            var recs = DcatTestRecords.PublishedDemo().Where(r => r.AccessRights == level).Append(DcatTestRecords.Full(level)).ToArray();
            File.WriteAllText($"/tmp/dcat-{level}.ttl", DcatTestRecords.Turtle(DcatTestRecords.Map(recs).Triples));
        }
    }
}
