using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Metadata;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// The kernel-4.6 XSD validator, loaded once from <c>DataCite:SchemaDirectory</c>; null when no schema is
/// configured, so a server without DataCite never fails for want of it.
/// </summary>
public sealed class DataCiteSchema(IOptions<DataCiteOptions> options)
{
    private readonly Lazy<DataCiteXsdValidator?> _validator = new(() =>
        options.Value.SchemaDirectory is { Length: > 0 } dir ? new DataCiteXsdValidator(dir) : null);

    public DataCiteXsdValidator? Validator => _validator.Value;
}
