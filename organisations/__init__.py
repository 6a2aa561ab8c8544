"""Support services and their staff.

``models`` holds Organisation and Membership (a person's role in one service);
``services`` creates them with history; ``permissions`` keeps the staff groups and
their Django permissions true after every migrate.
"""
