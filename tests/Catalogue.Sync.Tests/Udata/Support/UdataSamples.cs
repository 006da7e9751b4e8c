using Catalogue.Emulators.Udata;
using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Udata.Support;

/// <summary>Datasets shaped the way the catalogue publishes health data (contract §9).</summary>
public static class UdataSamples
{
    public static UdataDatasetWrite HealthDataset(string title = "Enquête santé 2023") => new()
    {
        Title = title,
        Description = "**Données de santé** décrites en Markdown.",
        Organization = UdataEmulatorOptions.DemoOrganizationId,
        Private = true,
        Tags = ["hdh", "health-data-hub", "sante"],
        License = "lov2",
        Frequency = "punctual",
        TemporalCoverage = new UdataTemporalCoverage(new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31)),
        Spatial = new UdataSpatial { Zones = ["country:fr"], Granularity = "country" },
    };
}
