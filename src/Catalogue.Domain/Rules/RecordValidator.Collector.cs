using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Domain.Rules;

public static partial class RecordValidator
{
    /// <summary>Accumulates issues with their paths; one small check per method.</summary>
    private sealed class Collector
    {
        public List<ValidationIssue> Issues { get; } = new();

        public void Error(string path, string code, string message) => Issues.Add(new(path, code, message));
        public void Warn(string path, string code, string message) => Issues.Add(new(path, code, message, IssueSeverity.Warning));
        public void Require(bool ok, string path, string code, string message) { if (!ok) Error(path, code, message); }

        public void Language(string tag, string path)
        {
            if (!LanguageTagPattern().IsMatch(tag)) Error(path, "invalidLanguage", $"'{tag}' is not a language tag (e.g. fr, en).");
        }

        public void Text(LocalizedText? text, string path, int max)
        {
            if (text is null) return;
            foreach (var (lang, value) in text)
            {
                Language(lang, $"{path}.{lang}");
                if (value is not null && value.Length > max) Error($"{path}.{lang}", "tooLong", $"At most {max} characters (got {value.Length}).");
            }
        }

        public void Count<T>(ICollection<T> list, string path)
        {
            if (list.Count > MaxListLength) Error(path, "tooMany", $"At most {MaxListLength} items.");
        }

        public void Code(string? code, string path, Vocabulary vocabulary)
        {
            if (code is not null && !vocabulary.Contains(code))
                Error(path, "unknownCode", $"'{code}' is not a code of the {vocabulary.Name} vocabulary ({vocabulary.SchemeIri}).");
        }

        public void Codes(IList<string> codes, string path, Vocabulary vocabulary)
        {
            Count(codes, path);
            for (var i = 0; i < codes.Count; i++) Code(codes[i], $"{path}[{i}]", vocabulary);
        }

        public void Url(string? url, string path)
        {
            if (url is null) return;
            if (url.Length > 2048 || !Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                Error(path, "invalidUrl", $"'{Truncate(url)}' is not an absolute http(s) URL.");
        }

        public void NonNegative(long? n, string path)
        {
            if (n < 0) Error(path, "outOfRange", "Must not be negative.");
        }

        public void Period(PeriodOfTime p, string path)
        {
            if (p.Start is null && p.End is null) Error(path, "required", "A period needs a start or an end.");
            if (p.Start > p.End) Error($"{path}.end", "outOfRange", "The end is before the start.");
        }

        public void ContactPoint(ContactPoint? c, string path)
        {
            if (c is null) return;
            if (c.Email is null && c.Url is null) Error(path, "required", "A contact point needs an e-mail or a URL.");
            if (c.Email is not null && !EmailPattern().IsMatch(c.Email)) Error($"{path}.email", "invalidEmail", $"'{Truncate(c.Email)}' is not an e-mail address.");
            Url(c.Url, $"{path}.url");
        }

        public void Agent(Agent a, string path)
        {
            Require(!string.IsNullOrWhiteSpace(a.Name), $"{path}.name", "required", "An agent needs a name.");
            if (a.Orcid is not null && !OrcidPattern().IsMatch(a.Orcid)) Error($"{path}.orcid", "invalid", "An ORCID looks like 0000-0002-1825-0097.");
            if (a.Ror is not null && !RorPattern().IsMatch(a.Ror)) Error($"{path}.ror", "invalid", "A ROR id looks like https://ror.org/05f82e368.");
            Url(a.Homepage, $"{path}.homepage");
            ContactPoint(a.ContactPoint, $"{path}.contactPoint");
        }

        public void Documentation(DocumentationSections d)
        {
            Text(d.Meaning, "documentation.meaning", MaxTextLength);
            Text(d.Provenance, "documentation.provenance", MaxTextLength);
            Text(d.StructureAndFormat, "documentation.structureAndFormat", MaxTextLength);
            Text(d.QualityAndReliability, "documentation.qualityAndReliability", MaxTextLength);
            Text(d.UpdatePolicy, "documentation.updatePolicy", MaxTextLength);
        }

        public void Anonymisation(Anonymisation a)
        {
            if (a.Attested && a.AttestationDate is null) Error("anonymisation.attestationDate", "required", "An attestation needs its date.");
            if (a.AttestationDate > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
                Error("anonymisation.attestationDate", "outOfRange", "The attestation date is in the future.");
            Text(a.Individualisation?.Summary, "anonymisation.individualisation.summary", MaxTextLength);
            Text(a.Correlation?.Summary, "anonymisation.correlation.summary", MaxTextLength);
            Text(a.Inference?.Summary, "anonymisation.inference.summary", MaxTextLength);
        }

        public void Dictionary(List<DataTable> tables)
        {
            Count(tables, "dataDictionary");
            var tableNames = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < tables.Count; t++)
            {
                var table = tables[t];
                var path = $"dataDictionary[{t}]";
                Require(!string.IsNullOrWhiteSpace(table.Name), $"{path}.name", "required", "A table needs a name.");
                if (!tableNames.Add(table.Name)) Error($"{path}.name", "duplicate", $"Table '{table.Name}' is listed twice.");
                Url(table.Url, $"{path}.url");
                Count(table.Variables, $"{path}.variables");
                var names = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < table.Variables.Count; i++)
                {
                    var variable = table.Variables[i];
                    var vp = $"{path}.variables[{i}]";
                    Require(!string.IsNullOrWhiteSpace(variable.Name), $"{vp}.name", "required", "A variable needs a name.");
                    if (variable.Name.Length > 200) Error($"{vp}.name", "tooLong", "A variable name is at most 200 characters.");
                    if (!names.Add(variable.Name)) Error($"{vp}.name", "duplicate", $"Variable '{variable.Name}' is listed twice in table '{table.Name}'.");
                    if (!VariableTypes.All.Contains(variable.Type))
                        Error($"{vp}.type", "unknownCode", $"'{variable.Type}' is not a variable type ({string.Join(", ", VariableTypes.All)}).");
                    Code(variable.CodingSystem, $"{vp}.codingSystem", Vocabularies.Vocabularies.CodingSystem);
                    Url(variable.PropertyUrl, $"{vp}.propertyUrl");
                    Text(variable.Description, $"{vp}.description", MaxTextLength);
                }
            }
        }

        public void Distributions(List<Distribution> distributions)
        {
            Count(distributions, "distributions");
            for (var i = 0; i < distributions.Count; i++)
            {
                var d = distributions[i];
                var path = $"distributions[{i}]";
                Require(!string.IsNullOrWhiteSpace(d.AccessUrl), $"{path}.accessUrl", "required", "A distribution needs an access URL.");
                Url(d.AccessUrl.Length == 0 ? null : d.AccessUrl, $"{path}.accessUrl");
                Url(d.DownloadUrl, $"{path}.downloadUrl");
                Text(d.Title, $"{path}.title", MaxTitleLength);
                Text(d.Description, $"{path}.description", MaxTextLength);
                if (d.Format is not null && FormatTable.Find(d.Format) is null)
                    Error($"{path}.format", "unknownCode", $"'{d.Format}' is not a code of the file-type vocabulary the catalogue accepts.");
                if (d.MediaType is not null && !d.MediaType.Contains('/')) Error($"{path}.mediaType", "invalid", "A media type looks like text/csv.");
                if (d.License is not null && LicenceTable.Find(d.License) is null) Error($"{path}.license", "unknownCode", $"'{d.License}' is not a licence the catalogue knows.");
                Code(d.Status, $"{path}.status", Vocabularies.Vocabularies.DistributionStatus);
                Code(d.Availability, $"{path}.availability", Vocabularies.Vocabularies.PlannedAvailability);
                NonNegative(d.ByteSize, $"{path}.byteSize");
                if (d.ByteSize > Distribution.DirectDepositLimitBytes && !d.IsRemote)
                    Error($"{path}.isRemote", "tooLargeForDeposit", "Files over 1 GB are hosted elsewhere and referenced by URL: set isRemote.");
                if (d.Checksum is { } c)
                {
                    if (c.Algorithm is not ("sha1" or "sha256" or "sha512" or "md5"))
                        Error($"{path}.checksum.algorithm", "unknownCode", "The checksum algorithm is sha1, sha256, sha512 or md5.");
                    if (!HexPattern().IsMatch(c.Value)) Error($"{path}.checksum.value", "invalid", "A checksum is hexadecimal.");
                }
                if (d.Role == DistributionRole.Part)
                {
                    Require(!string.IsNullOrWhiteSpace(d.SplitCriterion), $"{path}.splitCriterion", "required", "A split part names the criterion the base is split along.");
                    Require(d.PartIndex is > 0, $"{path}.partIndex", "required", "A split part has a position (1, 2, …).");
                }
            }
        }

        private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";
    }
}
