using System.Text;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// The udata description is one Markdown text: our description, then the documentation sections, the access
/// conditions, the licences (both named when two apply, since udata holds only one) and the contact point.
/// Reading it back splits on the section headings we write, so a website edit of one section lands in that section.
/// </summary>
public static class UdataDescription
{
    public const string Meaning = "Signification des données", Provenance = "Origine et méthode de collecte",
        Structure = "Structure et format", Quality = "Qualité et fiabilité", Update = "Mise à jour",
        Access = "Conditions d'accès", Licences = "Licences", Contact = "Contact";

    private static readonly string[] DerivedHeadings = [Access, Licences, Contact];

    public static string Build(DatasetRecord r)
    {
        var md = new StringBuilder((r.Description.Get("fr") ?? "").Trim());
        Section(md, Meaning, r.Documentation.Meaning.Get("fr"));
        Section(md, Provenance, r.Documentation.Provenance.Get("fr"));
        Section(md, Structure, r.Documentation.StructureAndFormat.Get("fr"));
        Section(md, Quality, r.Documentation.QualityAndReliability.Get("fr"));
        Section(md, Update, r.Documentation.UpdatePolicy.Get("fr"));
        Section(md, Access, AccessText(r));
        Section(md, Licences, LicenceText(r));
        Section(md, Contact, ContactText(r.ContactPoint));
        var text = md.ToString().Trim();
        return text.Length == 0 ? (r.Title.Get("fr") ?? "—") : text;
    }

    /// <summary>The free description and the documentation sections found in <paramref name="markdown"/>.</summary>
    public static (string Description, Dictionary<string, string> Sections) Parse(string markdown)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = new HashSet<string>([Meaning, Provenance, Structure, Quality, Update, .. DerivedHeadings], StringComparer.Ordinal);
        string? current = null;
        var lead = new StringBuilder();
        var body = new StringBuilder();
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) && known.Contains(line[3..].Trim()))
            {
                if (current is not null) sections[current] = body.ToString().Trim();
                current = line[3..].Trim();
                body.Clear();
                continue;
            }
            (current is null ? lead : body).Append(line).Append('\n');
        }
        if (current is not null) sections[current] = body.ToString().Trim();
        return (lead.ToString().Trim(), sections);
    }

    /// <summary>Applies a parsed description to the record's French texts; sections absent from the text are kept.</summary>
    public static void ApplyTo(DatasetRecord r, string markdown)
    {
        var (description, sections) = Parse(markdown);
        r.Description["fr"] = description;
        void Set(LocalizedText target, string heading) { if (sections.TryGetValue(heading, out var v)) target["fr"] = v; }
        Set(r.Documentation.Meaning, Meaning);
        Set(r.Documentation.Provenance, Provenance);
        Set(r.Documentation.StructureAndFormat, Structure);
        Set(r.Documentation.QualityAndReliability, Quality);
        Set(r.Documentation.UpdatePolicy, Update);
    }

    private static void Section(StringBuilder md, string heading, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        md.Append("\n\n## ").Append(heading).Append("\n\n").Append(text.Trim());
    }

    private static string AccessText(DatasetRecord r)
    {
        var text = r.AccessRights switch
        {
            AccessLevel.Public => "Données ouvertes, librement réutilisables.",
            AccessLevel.Restricted => "Accès restreint : les données sont accessibles sur autorisation.",
            _ => "Données non publiques : seules les métadonnées sont diffusées.",
        };
        if (r.AccessRights != AccessLevel.Public && r.AccessRequestUrl is { } url) text += $" Demande d'accès : <{url}>.";
        return text;
    }

    private static string? LicenceText(DatasetRecord r)
    {
        var known = r.Licenses.Select(LicenceTable.Find).OfType<LicenceEntry>().ToList();
        if (known.Count == 0) return null;
        var names = string.Join(" et ", known.Select(l => $"[{l.Title}]({l.Url})"));
        return known.Count == 1 ? $"Ces données sont diffusées sous la licence {names}." : $"Ces données sont diffusées sous les licences {names}, au choix du réutilisateur.";
    }

    private static string? ContactText(ContactPoint? c)
    {
        if (c is null) return null;
        var parts = new[] { c.Name, c.Email is null ? null : $"<{c.Email}>", c.Url is null ? null : $"<{c.Url}>" }.Where(p => p is not null);
        var text = string.Join(" ", parts);
        return text.Length == 0 ? null : text;
    }
}
