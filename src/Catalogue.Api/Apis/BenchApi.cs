namespace Catalogue.Api.Apis;

/// <summary>
/// The load benchmark's reference (bench/run.sh): Kestrel's plain-text throughput through this host's own
/// pipeline, measured in the same run as the dataset endpoints. Mapped only when Bench:Enabled is true.
/// </summary>
public static class BenchApi
{
    public static WebApplication MapBenchApi(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Bench:Enabled")) return app;
        app.MapGet("/bench/plaintext", () => Results.Text("Hello, World!", "text/plain")).ExcludeFromDescription();
        return app;
    }
}
