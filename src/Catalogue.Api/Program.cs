using Catalogue.Api.Cli;
using Catalogue.Api.Extensions;

var builder = WebApplication.CreateBuilder(CatalogueCli.HostArguments(args));
builder.AddCatalogueServices();
var app = builder.Build();
await app.Services.InitializeDatabaseAsync();

if (ImportCommand.Register(args)) return await CatalogueCli.RunAsync(args, app.Services);
if (CatalogueCli.IsCommand(args)) return await CatalogueCli.RunAsync(args, app.Services);

app.MapCatalogueEndpoints();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
