using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Catalogue.Emulators.DataCite;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>Pulling edits made in Fabrica: visible on GET, diffed field by field against what we pushed.</summary>
public sealed class FabricaEditTests : IAsyncLifetime
{
    private DataCiteEmulator _emulator = null!;
    private ClientHandle _handle = null!;
    private HttpClient _control = null!;
    private IDataCiteClient Client => _handle.Client;

    public async Task InitializeAsync()
    {
        _emulator = await DataCiteTestEnvironment.StartEmulatorAsync();
        _handle = DataCiteTestEnvironment.CreateClient(_emulator);
        _control = new HttpClient { BaseAddress = _emulator.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _control.Dispose();
        await _handle.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<(string Doi, DataCiteMetadata Pushed, DoiAttributes Published)> PublishRichAsync()
    {
        string doi = (await Client.CreateDoiAsync(new DoiAttributes { Prefix = DataCiteTestEnvironment.Prefix }, default)).EnsureContent().Data.Id!;
        DataCiteMetadata pushed = SampleMetadata.Rich(doi);
        DoiAttributes published = (await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(pushed, DoiEvents.Publish), default))
            .EnsureContent().Data.Attributes;
        return (doi, pushed, published);
    }

    [Fact]
    public async Task Unedited_round_trip_has_no_differences_despite_DataCite_s_rewrites()
    {
        (string doi, DataCiteMetadata pushed, _) = await PublishRichAsync();

        DoiAttributes remote = (await Client.GetDoiAsync(doi.ToUpperInvariant(), default)).EnsureContent().Data.Attributes;
        DataCiteMetadata pulled = DataCiteJsonMapper.FromAttributes(remote);

        // The rewrites really happened (so the empty diff below is earned, not trivial)…
        Assert.NotEqual(pushed.RightsList[0].Rights, pulled.RightsList[0].Rights);
        Assert.Equal("api", remote.Source);
        // …and normalisation absorbs them.
        Assert.Empty(DataCiteMetadataComparer.Diff(pushed, pulled));
    }

    [Fact]
    public async Task Fabrica_edit_is_visible_and_reported_field_by_field()
    {
        (string doi, DataCiteMetadata pushed, DoiAttributes published) = await PublishRichAsync();
        var edit = new JsonObject
        {
            ["attributes"] = new JsonObject
            {
                ["titles"] = new JsonArray(
                    new JsonObject { ["title"] = "Système national des données de santé (SNDS)", ["lang"] = "fr" },
                    new JsonObject { ["title"] = "National health data system", ["lang"] = "en", ["titleType"] = "TranslatedTitle" }),
                ["version"] = 3,
            },
        };

        HttpResponseMessage response = await _control.PostAsync($"_emulator/dois/{Uri.EscapeDataString(doi)}/fabrica-edit",
            new StringContent(edit.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        DoiAttributes remote = (await Client.GetDoiAsync(doi, default)).EnsureContent().Data.Attributes;
        Assert.Equal("fabricaForm", remote.Source);
        Assert.True(remote.Updated > published.Updated);
        Assert.Equal(DoiStates.Findable, remote.State);

        IReadOnlyList<FieldChange> changes = DataCiteMetadataComparer.Diff(pushed, DataCiteJsonMapper.FromAttributes(remote));

        Assert.Equal(
            [
                new FieldChange("titles[0].title", "Système national des données de santé", "Système national des données de santé (SNDS)"),
                new FieldChange("version", "2.1", "3"),
            ],
            changes);

        JsonApiListDocument activities = (await Client.GetActivitiesAsync(doi, default)).EnsureContent();
        JsonObject latest = activities.Data[0].Attributes!;
        Assert.Equal("update", latest["action"]!.GetValue<string>());
        Assert.Equal("[\"2.1\",\"3\"]", latest["changes"]!["version"]!.ToJsonString());
    }

    [Fact]
    public async Task Counts_set_on_the_emulator_are_read_back()
    {
        (string doi, _, _) = await PublishRichAsync();
        Assert.True(_emulator.State.SetCounts(doi, views: 12, downloads: 3, citations: 1));

        DoiAttributes remote = (await Client.GetDoiAsync(doi, default)).EnsureContent().Data.Attributes;

        Assert.Equal((12, 3, 1), (remote.ViewCount, remote.DownloadCount, remote.CitationCount));
    }

    [Fact]
    public async Task Removing_a_value_in_Fabrica_shows_as_a_removal()
    {
        (string doi, DataCiteMetadata pushed, _) = await PublishRichAsync();
        FieldChange[] expected = [new FieldChange("fundingReferences[0].awardNumber", "ANR-19-P3IA-0001", null),
            new FieldChange("fundingReferences[0].awardTitle", "PRAIRIE", null),
            new FieldChange("fundingReferences[0].funderIdentifier", "https://ror.org/00rbzpz17", null),
            new FieldChange("fundingReferences[0].funderIdentifierType", "ROR", null),
            new FieldChange("fundingReferences[0].funderName", "Agence nationale de la recherche", null)];

        EmulatorWriteResult result = _emulator.State.FabricaEdit(doi, new JsonObject { ["fundingReferences"] = new JsonArray() });
        Assert.True(result.IsSuccess);

        DoiAttributes remote = (await Client.GetDoiAsync(doi, default)).EnsureContent().Data.Attributes;
        Assert.Equal(expected, DataCiteMetadataComparer.Diff(pushed, DataCiteJsonMapper.FromAttributes(remote)));
    }
}
