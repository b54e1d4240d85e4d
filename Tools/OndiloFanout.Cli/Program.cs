using OndiloFanout.Cli;
using OndiloFanout.Cli.Rendering;

return await CliApp.Create(ConsoleUi.CreateDefault()).Parse(args).InvokeAsync();
