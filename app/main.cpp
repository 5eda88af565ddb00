#include "app/ConsoleMain.h"

int main(int argc, char *argv[])
{
    return agentp::app::consoleMain(argc, argv);
}
