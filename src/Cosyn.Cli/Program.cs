using Cosyn.Cli;

return await CosynCli.RunAsync(args).ConfigureAwait(false);
