// Chinese in a Latin-1 literal is garbled: the source check must stop the build.
static const auto name = QLatin1String("县发改局");
