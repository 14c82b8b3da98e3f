#include "cli.h"

int main(int argc, char **argv)
{
    return gma::cli::run(argc, argv);
}
