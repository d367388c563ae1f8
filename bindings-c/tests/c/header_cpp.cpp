// The header compiles as C++ (-Wall -Wextra -Wpedantic -Werror) and links from C++.
#include <minzheng.h>

#include <cstdio>

int main() {
    MinzhengCalendar *cal = nullptr;
    if (minzheng_calendar_new(nullptr, nullptr, &cal) != MINZHENG_OK) return 1;
    int32_t due = 0;
    MinzhengResult r = minzheng_calendar_add_workdays(cal, 20240920, 20, &due);
    minzheng_calendar_free(cal);
    std::printf("C++: %s, due %d\n", minzheng_result_name(r), static_cast<int>(due));
    return r == MINZHENG_OK && due == 20241023 ? 0 : 1;
}
