using Catalogue.Api.GraphQL.Graph;
using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Input = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace Catalogue.Api.GraphQL.Mutations;

/// <summary>
/// Writes, all through DatasetStore with the caller of the request (the same API keys and rules as REST).
/// Each returns the record as stored, or null with an error whose extensions.code says why.
/// </summary>
public static class MutationType
{
    public static SchemaBuilder AddMutation(this SchemaBuilder s) => s.Object("Mutation", t => t
        .Field("createDataset", "Dataset", f => f.Argument("input", "DatasetInput!")
            .Description("Creates a draft under the input's organisation.")
            .ResolveAsync(c => Write(c, (graph, ct) =>
                graph.Datasets.CreateAsync(DatasetInputMapper.Apply(c.GetArgument<Input>("input")!, new DatasetRecord()), graph.Caller, ct))))
        .Field("updateDataset", "Dataset", f => f.Argument("id", "ID!").Argument("expectedRevision", "Int!", "The revision you edited; PRECONDITION_FAILED when it is no longer the current one.")
            .Argument("input", "DatasetInput!")
            .Description("Changes the fields given; lifecycle, identity and DOI stay the server's.")
            .ResolveAsync(c => Write(c, (graph, ct) => graph.Datasets.ModifyAsync(Id(c), c.GetArgument<int>("expectedRevision"), graph.Caller, "update",
                current => Services.DatasetStore.KeepServerOwnedFields(current, DatasetInputMapper.Apply(c.GetArgument<Input>("input")!, Domain.Model.RecordJson.Clone(current)), graph.Caller), ct))))
        .Field("submitDataset", "Dataset", f => Lifecycle(f, LifecycleAction.Submit, "Sends a draft for review."))
        .Field("publishDataset", "Dataset", f => Lifecycle(f, LifecycleAction.Publish, "Publishes, when the publication checks pass (else PUBLICATION_REFUSED with the failing checks)."))
        .Field("withdrawDataset", "Dataset", f => Lifecycle(f.Argument("reason", "String"), LifecycleAction.Withdraw, "Withdraws a published record, leaving a tombstone."))
        .Field("restoreRevision", "Dataset", f => f.Argument("id", "ID!").Argument("revision", "Int!", "The revision whose content comes back.")
            .Argument("expectedRevision", "Int!")
            .Description("Brings back an earlier revision's content as a new revision; the lifecycle stays as it is.")
            .ResolveAsync(c => Write(c, (graph, ct) =>
                graph.Datasets.RestoreAsync(Id(c), c.GetArgument<int>("revision"), c.GetArgument<int>("expectedRevision"), graph.Caller, ct)))),
        "Change the catalogue (needs an API key: X-Api-Key header).");

    private static FieldBuilder Lifecycle(FieldBuilder f, LifecycleAction action, string description) => f
        .Argument("id", "ID!").Argument("expectedRevision", "Int", "When given, the change applies only to this revision.")
        .Description(description)
        .ResolveAsync(c => Write(c, (graph, ct) => graph.Datasets.TransitionAsync(Id(c), action, c.GetArgument<int?>("expectedRevision"),
            graph.Caller, c.GetArgument<string>("reason"), ct)));

    private static Guid Id(ResolveFieldContext c) =>
        GlobalId.ParseId(c.GetArgument<string>("id"), GlobalId.Dataset) ?? throw GraphErrors.BadInput($"'{c.GetArgument<string>("id")}' is not a dataset id.", "id");

    private static async Task<object?> Write(ResolveFieldContext c, Func<CatalogueGraphContext, CancellationToken, Task<DatasetRecord>> write)
    {
        var graph = c.Graph();
        if (!graph.Caller.IsAuthenticated)
            throw GraphErrors.Coded(GraphErrors.Unauthenticated, "Changing the catalogue needs an API key (X-Api-Key header).");
        return await graph.RunAsync(() => write(graph, c.CancellationToken));
    }
}
