using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;

namespace Catalogue.Domain.Mappings.Dcat;

public sealed partial class DatasetToDcat
{
    /// <summary>
    /// The data dictionary as a CSVW table group (SPEC-NOTES §3.6): every table and column needs a title and every
    /// column a description and exactly one datatype literal, so missing texts fall back to the name.
    /// </summary>
    private static void WriteVariables(Iri ds, DatasetRecord r, DcatEmitter e)
    {
        if (r.DataDictionary.Count == 0) return;
        var group = DcatLinks.Node(ds, "variables");
        e.Add(ds, Health.HasVariables, group);
        e.Type(group, Csvw.TableGroup);
        TextOr(group, Dct.Title, r.Title, "Data dictionary", e);
        foreach (var table in r.DataDictionary)
        {
            var t = DcatLinks.Node(ds, "table-" + table.Name);
            e.Add(group, Csvw.TableProp, t);
            e.Type(t, Csvw.Table);
            TextOr(t, Dct.Title, table.Title, table.Name, e);
            e.Texts(t, Dct.Description, table.Description);
            if (IsAbsolute(table.Url)) e.Add(t, Csvw.Url, new Iri(table.Url!));
            foreach (var v in table.Variables)
            {
                var c = DcatLinks.Node(ds, $"column-{table.Name}-{v.Name}");
                e.Add(t, Csvw.ColumnProp, c);
                e.Type(c, Csvw.Column);
                e.Add(c, Csvw.Name, Literal.Plain(v.Name));
                TextOr(c, Csvw.Title, v.Title, v.Name, e);
                TextOr(c, Dct.Description, v.Description, v.Title.Get() ?? v.Name, e);
                e.Add(c, Csvw.Datatype, Literal.Plain(VariableTypes.ToCsvw(v.Type)));
                if (IsAbsolute(v.PropertyUrl)) e.Add(c, Csvw.PropertyUrl, new Iri(v.PropertyUrl!));
            }
        }
    }

    private static void TextOr(Iri node, Iri property, LocalizedText text, string fallback, DcatEmitter e)
    {
        if (text.IsEmpty) e.Add(node, property, Literal.Plain(fallback));
        else e.Texts(node, property, text);
    }
}
