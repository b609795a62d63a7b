if (args is ["matplotlib"])
{
    return await Cosyn.Bench.MatplotlibBench.RunAsync();
}

return 0;
